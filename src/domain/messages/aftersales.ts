/** The parameters of the aftersales messages: each key a message, each value what its words need. */
export interface AftersalesMessages {
}
