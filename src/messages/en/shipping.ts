import type { ShippingMessages } from '../../domain/messages/shipping.js'
import type { Words } from '../words.js'

/** The shipping messages in English. */
export const shipping: Words<ShippingMessages> = {
}
