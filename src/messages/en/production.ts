import type { ProductionMessages } from '../../domain/messages/production.js'
import type { Words } from '../words.js'

/** The production messages in English. */
export const production: Words<ProductionMessages> = {
}
