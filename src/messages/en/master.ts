import type { MasterMessages } from '../../domain/messages/master.js'
import type { Words } from '../words.js'

/** The master messages in English. */
export const master: Words<MasterMessages> = {
}
