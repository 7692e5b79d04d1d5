import type { IsoDate } from '../dates.js'
import type { Minor } from '../money.js'
import type { HumanFormat, NeedsActionFacts, NeedsActionKey, NeedsActionOwner } from '../status-report.js'

/**
 * The header of a column of the status report's tables (render/report/tables.ts declares the
 * columns; where two tables have the same column, it has the same words).
 */
export type ReportHead =
  | 'status'
  | 'orders'
  | 'value'
  | 'flow'
  | 'day'
  | 'monthToDate'
  | 'waiting'
  | 'who'
  | 'count'
  | 'order'
  | 'customer'
  | 'age'
  | 'detail'
  | 'next'
  | 'lateBy'
  | 'completed'
  | 'onTime'
  | 'late'
  | 'onTimeRate'
  | 'leadTime'
  | 'mcUser'
  | 'open'
  | 'done'
  | 'rated'
  | 'averageRating'
  | 'user'
  | 'role'
  | 'events'
  | 'what'
  | 'date'
  | 'newInquiries'
  | 'deliveries'

/** A row of the flow table: what happened on the day and in the month. */
export type FlowKind = 'inquiries' | 'contracts' | 'confirmations' | 'shipments' | 'deliveries'

/** A row of the money table. */
export type MoneyKind = 'contracted' | 'received' | 'invoiced' | 'receivable'

/** The sums under a table: the open orders and all of them (pipeline), the overdue total. */
export type SumKind = 'open' | 'all' | 'total'

/** The parts of the report that have the same name in every format that names them. */
export type ReportSection = 'pipeline' | 'money' | 'production' | 'trend' | 'delivery'

/** What the report's heading and sections say with the day's figures (the values they need). */
interface Day {
  date: IsoDate
}
interface Window {
  from: IsoDate
  to: IsoDate
}
interface AsOf {
  date: IsoDate
  monthStart: IsoDate
  from: IsoDate
  generatedAt: string
}
interface Amount {
  orders: number
  value: Minor
}

/** The parameters of the report messages: each key a message, each value what its words need. */
export interface ReportMessages {
  /** The title of a needs-action list. */
  'report.listTitle': { list: NeedsActionKey }
  /** Who acts next on a list. */
  'report.owner': { owner: NeedsActionOwner }
  /** An item of a list in a few words (the facts mean what the list's query says). */
  'report.itemDetail': { list: NeedsActionKey; facts: NeedsActionFacts }
  /** The command that deals with an item. */
  'report.itemNext': { list: NeedsActionKey; order: string; ref: string | null; facts: NeedsActionFacts }
  /** A list's count after its title, and how many are listed when not all are. */
  'report.listCount': { count: number; listed: number | null }
  /**
   * A label and its count in brackets after it (a list's title, "Contracted (1 / 11 contracts)"):
   * `count` is the words of `report.listCount` or `report.contracts` (in HTML, markup).
   */
  'report.counted': { label: string; count: string }
  /** A column header; `date` is the report's day (the header of a day's figures). */
  'report.head': { head: ReportHead; format: HumanFormat; date: IsoDate }
  /** An order status in the pipeline. */
  'report.status': { status: string }
  'report.sum': { sum: SumKind }
  'report.flow': { flow: FlowKind }
  'report.money': { money: MoneyKind }
  /** The contracts signed that day and in the month, after "Contracted". */
  'report.contracts': { day: number; monthToDate: number; format: HumanFormat }
  /** An overdue bucket by its code (`1-3`, `>30`). */
  'report.bucket': { label: string }
  /** Days waiting (an item's age); `compact` in the text report's narrow column. */
  'report.age': { days: number; compact: boolean }
  /** The mark of a rush order. */
  'report.rush': { format: HumanFormat }
  /** The average lead time (null: nothing delivered). */
  'report.leadDays': { days: number | null }
  'report.section': { section: ReportSection }
  /** What is owed at the end of the day. */
  'report.receivable': { value: Minor; format: 'text' | 'md' }
  'report.noMcUsers': Record<string, never>
  'report.nobody': { format: HumanFormat }
  /** The report's day in words: "Thursday, 26 November 2026". */
  'report.longDate': Day
  /** A user and their role's name (the text report's activity table; `?`: no role). */
  'report.userRole': { user: string; role: string }
  /** What a user did on the day: each action's name and how many times. */
  'report.actions': { actions: readonly { name: string; events: number }[] }

  'report.text.title': Day
  'report.text.generated': { generatedAt: string }
  'report.text.asOf': AsOf
  'report.text.pipeline': Record<string, never>
  'report.text.trend': Window
  /** A sparkline's label, and what it counts. */
  'report.text.trendIntake': Record<string, never>
  'report.text.trendDeliveries': Record<string, never>
  'report.text.intakeTotal': { count: number }
  'report.text.deliveriesTotal': { count: number }
  'report.text.needsAction': { total: number }
  'report.text.next': { command: string }
  'report.text.overdue': Amount
  'report.text.delivery': Window
  'report.text.deliveryFigures': { completed: number; onTime: number; late: number; onTimeRate: number | null; averageLeadDays: number | null }
  'report.text.money': Record<string, never>
  'report.text.production': Record<string, never>
  'report.text.activity': { date: IsoDate; events: number }

  'report.md.title': Day
  'report.md.asOf': AsOf
  'report.md.needsAction': { total: number }
  'report.md.firstListed': { count: number; listed: number }
  'report.md.overdue': Amount
  'report.md.overdueNote': Record<string, never>
  'report.md.delivery': Window
  'report.md.productionNote': Record<string, never>
  'report.md.activity': { date: IsoDate; events: number }

  'report.html.lang': Record<string, never>
  'report.html.title': Day
  'report.html.heading': Record<string, never>
  /** The three lines under the heading. */
  'report.html.asOf': Day
  'report.html.period': { monthStart: IsoDate; from: IsoDate }
  'report.html.generated': { generatedAt: string }
  'report.html.kpiOpen': { value: Minor }
  'report.html.kpiNeedsAction': Record<string, never>
  'report.html.kpiOverdue': { value: Minor }
  'report.html.kpiOnTime': { completed: number }
  'report.html.kpiContracted': Record<string, never>
  'report.html.kpiReceivable': Record<string, never>
  'report.html.pipelineChart': Record<string, never>
  'report.html.overdueChart': Record<string, never>
  'report.html.trendChart': Record<string, never>
  /** A series of the trend chart in its legend, with its total. */
  'report.html.legend': { name: string; total: number }
  'report.html.needsAction': { total: number }
  'report.html.overdue': Amount
  'report.html.overdueNote': Day
  'report.html.trendNote': Window
  'report.html.receivableNote': Record<string, never>
  'report.html.productionNote': Record<string, never>
  'report.html.activity': { date: IsoDate; events: number }
  'report.html.footer': { date: IsoDate; limit: number }

  /** `--date` after the business date. */
  'report.dateAfterToday': { today: IsoDate }
  'report.formatUnknown': { formats: readonly string[] }
  /** `--out` whose extension names no format. */
  'report.extensionUnknown': { ext: string; formats: readonly string[] }
  /** What `--out` is, when it cannot be written ("cannot write the report to …"). */
  'report.outLabel': Record<string, never>
  /** `--out` written (said only on a terminal). */
  'report.written': { date: IsoDate; out: string; format: string; bytes: number }
  /** The first line of `--sql`. */
  'report.sqlHeading': { date: IsoDate; queries: number }
}
