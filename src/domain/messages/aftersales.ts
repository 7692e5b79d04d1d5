/** The parameters of the aftersales messages: each key a message, each value what its words need. */
export interface AftersalesMessages {
  'aftersales.ratingRange': Record<string, never>
  'aftersales.notDelivered': { order: string }
  'aftersales.feedbackExists': { order: string; rating: number; by: string }
  /** A complaint's text or resolution left empty. */
  'aftersales.empty': Record<string, never>
  /** See the complaints (after "complaint N not found"). */
  'aftersales.seeComplaints': Record<string, never>
  'aftersales.alreadyResolved': { id: number; resolution: string | null }
}
