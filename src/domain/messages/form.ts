/** The parameters of the messages about printed forms: each key a message, each value what its words need. */
export interface FormMessages {
}
