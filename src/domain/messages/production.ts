/** The parameters of the production messages: each key a message, each value what its words need. */
export interface ProductionMessages {
}
