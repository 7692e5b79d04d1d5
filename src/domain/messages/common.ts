/** The parameters of the common messages: each key a message, each value what its words need. */
export interface CommonMessages {
}
