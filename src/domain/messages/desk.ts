/** The parameters of the desk messages: each key a message, each value what its words need. */
export interface DeskMessages {
  /** No desk where the command looks: no file there, or an empty database. */
  'desk.none': { database: string; why: 'no_file' | 'empty' }
}
