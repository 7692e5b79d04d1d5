/** A change request's `status` (SPEC §3): with stock it is offered; without, it goes to MC first. */
export const CHANGE_STATUSES = ['offered', 'pending_mc', 'mc_agreed', 'applied', 'terminated'] as const
export type ChangeStatus = (typeof CHANGE_STATUSES)[number]
