import type { AftersalesMessages } from '../../domain/messages/aftersales.js'
import type { Words } from '../words.js'

const COLUMN: Record<AftersalesMessages['aftersales.column']['column'], string> = {
  id: '#',
  order: 'Order',
  customer: 'Customer',
  status: 'Status',
  opened: 'Opened',
  text: 'Complaint',
  resolution: 'Resolution',
}

/** The aftersales messages in English. */
export const aftersales: Words<AftersalesMessages> = {
  'aftersales.ratingRange': () => 'must be a whole number from 1 to 5',
  'aftersales.notDelivered': (p) => `nothing of order ${p.order} has been delivered yet; feedback comes after delivery`,
  'aftersales.feedbackExists': (p) => `order ${p.order} already has feedback (${p.rating}/5 by ${p.by}); use --replace to change it`,
  'aftersales.empty': () => 'must not be empty',
  'aftersales.seeComplaints': () => 'see `orderdesk complaint list`',
  'aftersales.alreadyResolved': (p) => `complaint ${p.id} is already resolved (${p.resolution})`,
  'aftersales.askComplaint': () => 'Complaint',
  'aftersales.opened': (p) => `complaint #${p.id} opened on order ${p.order}`,
  'aftersales.idRule': () => 'a complaint number like 7 (see `orderdesk complaint list`)',
  'aftersales.askResolution': () => 'Resolution',
  'aftersales.resolved': (p) => `complaint #${p.id} on order ${p.order} resolved`,
  'aftersales.askRating': () => 'Rating 1-5',
  'aftersales.ratingHint': () => '1 to 5',
  'aftersales.feedbackRecorded': (p) => `feedback for order ${p.order}: ${p.rating}/5`,
  'aftersales.none': () => 'no complaints',
  'aftersales.column': (p) => COLUMN[p.column],
}
