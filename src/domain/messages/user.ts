/** The parameters of the user messages: each key a message, each value what its words need. */
export interface UserMessages {
}
