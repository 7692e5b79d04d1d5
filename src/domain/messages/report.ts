/** The parameters of the report messages: each key a message, each value what its words need. */
export interface ReportMessages {
}
