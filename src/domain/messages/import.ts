/** The parameters of the import messages: each key a message, each value what its words need. */
export interface ImportMessages {
}
