import type { ChangeMessages } from '../../domain/messages/change.js'
import type { Words } from '../words.js'

/** The change messages in English. */
export const change: Words<ChangeMessages> = {
}
