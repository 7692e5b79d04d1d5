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
  /** The prompt for `--text` of `complaint open`. */
  'aftersales.askComplaint': Record<string, never>
  /** `complaint open` done: the complaint's number, to resolve it by. */
  'aftersales.opened': { id: number; order: string }
  /** `complaint resolve <id>` given something that is not a complaint number. */
  'aftersales.idRule': Record<string, never>
  /** The prompt for `--resolution` of `complaint resolve`. */
  'aftersales.askResolution': Record<string, never>
  /** `complaint resolve` done. */
  'aftersales.resolved': { id: number; order: string }
  /** The prompt for `--rating` of `feedback add`. */
  'aftersales.askRating': Record<string, never>
  /** What to type at that prompt when the answer is not 1 to 5. */
  'aftersales.ratingHint': Record<string, never>
  /** `feedback add` done. */
  'aftersales.feedbackRecorded': { order: string; rating: number }
  /** `complaint list` when there is none. */
  'aftersales.none': Record<string, never>
  /** A column header of `complaint list`. */
  'aftersales.column': { column: 'id' | 'order' | 'customer' | 'status' | 'opened' | 'text' | 'resolution' }
}
