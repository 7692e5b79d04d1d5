/** The parameters of the master messages: each key a message, each value what its words need. */
export interface MasterMessages {
}
