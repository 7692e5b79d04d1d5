/** The parameters of the stock messages: each key a message, each value what its words need. */
export interface StockMessages {
}
