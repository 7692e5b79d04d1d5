import type { DeskMessages } from '../../domain/messages/desk.js'
import type { Words } from '../words.js'

/** The desk messages in English. */
export const desk: Words<DeskMessages> = {
  'desk.none': (p) =>
    p.why === 'no_file'
      ? `no desk at ${p.database}: no such file; check --db or ORDERDESK_DB, or create a desk there with \`orderdesk init\``
      : `no desk in ${p.database}: the database is empty; create the desk there with \`orderdesk init\``,
}
