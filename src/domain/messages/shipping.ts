/** The parameters of the shipping messages: each key a message, each value what its words need. */
export interface ShippingMessages {
}
