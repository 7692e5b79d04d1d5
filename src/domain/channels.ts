/** How an inquiry reached the desk (SPEC §4 `--channel`). */
export const CHANNELS = ['phone', 'fax', 'email', 'web', 'agent', 'platform', 'visit'] as const
export type Channel = (typeof CHANNELS)[number]

/** Common payment methods offered as choices; any short text is accepted. */
export const PAYMENT_METHODS = ['transfer', 'acceptance-bill', 'letter-of-credit', 'cheque', 'cash'] as const
