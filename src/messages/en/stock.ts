import type { StockMessages } from '../../domain/messages/stock.js'
import type { Words } from '../words.js'

/** The stock messages in English. */
export const stock: Words<StockMessages> = {
}
