import type { IsoDate } from '../../domain/dates.js'
import type { Minor } from '../../domain/money.js'
import type { NeedsActionFacts, NeedsActionKey, NeedsActionOwner } from '../../domain/status-report.js'

/**
 * `report status`: the read model of the nightly status report — one plain object with every
 * figure for one business day, computed as of the end of that day (see docs: what is as-of
 * and what is current). Money is in minor units and lists carry codes and facts; the
 * renderers format the one and word the other.
 */
export interface StatusReport {
  date: IsoDate
  generatedAt: string
  /** First day of the month of `date` (month-to-date figures start here). */
  monthStart: IsoDate
  /** The 30-day window ending on `date` (on-time rate, lead time, production, trend). */
  window: { from: IsoDate; to: IsoDate }
  /** Items listed per needs-action list (0 = all); counts are always complete. */
  limit: number
  pipeline: Pipeline
  flow: { day: Flow; monthToDate: Flow }
  needsAction: { total: number; lists: NeedsActionList[] }
  overdue: Overdue
  delivery: Delivery
  money: { day: MoneyFigures; monthToDate: MoneyFigures; receivable: Minor }
  production: { users: ProductionUser[] }
  activity: { events: number; users: ActivityUser[] }
  trend: TrendDay[]
  /** The audit chain's last event when the report was made (null on an empty trail): keep it, and `audit verify --against` the file later. */
  auditHead: { id: number; hash: string } | null
}

export interface PipelineStatus {
  status: string
  orders: number
  value: Minor
}

export interface Pipeline {
  statuses: PipelineStatus[]
  /** Not lost, completed or cancelled. */
  open: { orders: number; value: Minor }
  total: { orders: number; value: Minor }
}

export interface Flow {
  inquiries: number
  contracts: number
  confirmations: number
  shipments: number
  deliveries: number
}

export interface NeedsActionItem {
  order: string
  customer: string
  customerName: string
  /** Production order, shipment, change or complaint concerned; null when it is the order. */
  ref: string | null
  rush: boolean
  since: IsoDate
  ageDays: number
  /** What the item's detail and next command are made of (per list: see its query). */
  facts: NeedsActionFacts
}

export interface NeedsActionList {
  key: NeedsActionKey
  /** Who acts next. */
  owner: NeedsActionOwner
  count: number
  items: NeedsActionItem[]
  /** More than `limit` items: only the first are listed. */
  truncated: boolean
}

export interface OverdueBucket {
  label: string
  minDays: number
  maxDays: number | null
  orders: number
  value: Minor
}

export interface Overdue {
  orders: number
  value: Minor
  buckets: OverdueBucket[]
}

export interface Delivery {
  /** Orders completed (last goods delivered) in the window. */
  completed: number
  onTime: number
  late: number
  /** onTime / completed, 0..1; null when nothing was completed. */
  onTimeRate: number | null
  /** Average days from order date to delivery date over those orders; null when none. */
  averageLeadDays: number | null
}

export interface MoneyFigures {
  /** Σ order totals of the contracts signed. */
  contracted: Minor
  contracts: number
  received: Minor
  invoiced: Minor
}

export interface ProductionUser {
  user: string
  open: number
  done: number
  onTime: number
  onTimeRate: number | null
  rated: number
  averageRating: number | null
}

export interface ActivityUser {
  user: string
  role: string | null
  events: number
  actions: { action: string; events: number }[]
}

export interface TrendDay {
  date: IsoDate
  intake: number
  deliveries: number
}
