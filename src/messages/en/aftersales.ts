import type { AftersalesMessages } from '../../domain/messages/aftersales.js'
import type { Words } from '../words.js'

/** The aftersales messages in English. */
export const aftersales: Words<AftersalesMessages> = {
  'aftersales.ratingRange': () => 'must be a whole number from 1 to 5',
  'aftersales.notDelivered': (p) => `nothing of order ${p.order} has been delivered yet; feedback comes after delivery`,
  'aftersales.feedbackExists': (p) => `order ${p.order} already has feedback (${p.rating}/5 by ${p.by}); use --replace to change it`,
  'aftersales.empty': () => 'must not be empty',
  'aftersales.seeComplaints': () => 'see `orderdesk complaint list`',
  'aftersales.alreadyResolved': (p) => `complaint ${p.id} is already resolved (${p.resolution})`,
}
