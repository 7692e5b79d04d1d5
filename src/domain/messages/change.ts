/** The parameters of the change messages: each key a message, each value what its words need. */
export interface ChangeMessages {
}
