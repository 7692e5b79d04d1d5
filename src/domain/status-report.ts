import type { IsoDate } from './dates.js'
import type { Minor } from './money.js'

/**
 * The codes of `report status` (the nightly status report): which needs-action lists there
 * are and who acts on each, the overdue buckets and the formats. Codes only: the words
 * (titles, details, the command to run next) are the catalogue's (`src/messages/en/report.ts`).
 */

/** The needs-action lists, in the order the report shows them. */
export const NEEDS_ACTION_LISTS = [
  'inquiriesNotChecked',
  'offersNotAnswered',
  'paymentPastDue',
  'awaitingPayment',
  'awaitingSignOff',
  'productionNotSigned',
  'productionNotAccepted',
  'productionRejected',
  'productionLate',
  'atRisk',
  'readyNotShipped',
  'shipmentsNotDelivered',
  'changesWaiting',
  'openComplaints',
] as const

export type NeedsActionKey = (typeof NEEDS_ACTION_LISTS)[number]

/** Who acts next on a list: a role, or MC or the customer (a change waits on either). */
export type NeedsActionOwner = 'clerk' | 'manager' | 'mc' | 'logistics' | 'mcOrCustomer'

export const NEEDS_ACTION_OWNER: Readonly<Record<NeedsActionKey, NeedsActionOwner>> = {
  inquiriesNotChecked: 'clerk',
  offersNotAnswered: 'clerk',
  paymentPastDue: 'clerk',
  awaitingPayment: 'clerk',
  awaitingSignOff: 'manager',
  productionNotSigned: 'manager',
  productionNotAccepted: 'mc',
  productionRejected: 'clerk',
  productionLate: 'mc',
  atRisk: 'clerk',
  readyNotShipped: 'clerk',
  shipmentsNotDelivered: 'logistics',
  changesWaiting: 'mcOrCustomer',
  openComplaints: 'clerk',
}

/**
 * What an item of a needs-action list says besides its order: per list, the fields mean
 * different things (see each list's query in store/queries/report-actions.ts).
 */
export interface NeedsActionFacts {
  /** A money amount (minor units), or a quantity. */
  amount: Minor | null
  /** A date that matters (due, promised, committed). */
  due: IsoDate | null
  /** A person (MC user, carrier) or a second date. */
  who: string | null
  /** Free text or a code: a reason, a complaint, a tracking number, a status. */
  note: string | null
}

/** The overdue buckets: days late 1–3, 4–7, 8–30, more than 30 (the label is a code: `report status --json` shows it). */
export const OVERDUE_BUCKETS: readonly { label: string; minDays: number; maxDays: number | null }[] = [
  { label: '1-3', minDays: 1, maxDays: 3 },
  { label: '4-7', minDays: 4, maxDays: 7 },
  { label: '8-30', minDays: 8, maxDays: 30 },
  { label: '>30', minDays: 31, maxDays: null },
]

/** The formats of the report. */
export const REPORT_FORMATS = ['text', 'md', 'html', 'json', 'csv'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** The formats a person reads (they have column headers and labels). */
export type HumanFormat = 'text' | 'md' | 'html'
