import type { FormMessages } from '../../domain/messages/form.js'
import type { Words } from '../words.js'

/** The messages about printed forms in English. */
export const form: Words<FormMessages> = {
}
