import type { UserMessages } from '../../domain/messages/user.js'
import type { Words } from '../words.js'

/** The user messages in English. */
export const user: Words<UserMessages> = {
}
