import type { CommonMessages } from '../../domain/messages/common.js'
import type { Words } from '../words.js'

/** The common messages in English. */
export const common: Words<CommonMessages> = {
}
