import type { AftersalesMessages } from '../../domain/messages/aftersales.js'
import type { Words } from '../words.js'

/** The aftersales messages in English. */
export const aftersales: Words<AftersalesMessages> = {
}
