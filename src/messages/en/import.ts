import type { ImportMessages } from '../../domain/messages/import.js'
import type { Words } from '../words.js'

/** The import messages in English. */
export const importing: Words<ImportMessages> = {
}
