import { msg } from '../../domain/message.js'
import { t } from '../../messages/index.js'
import type { PipelineStatus, StatusReport } from '../../read/report/model.js'
import { Labelled, type Row } from './columns.js'
import { FLOW_KINDS, type FlowRow, type MoneyRow } from './tables.js'

/** The rows of the report's tables that are not a list of the model as it is. */

/** Every status, then the open orders (a sum) and all of them. */
export function pipelineRows(r: StatusReport): Row<PipelineStatus>[] {
  const p = r.pipeline
  return [
    ...p.statuses,
    new Labelled(t(msg('report.sum', { sum: 'open' })), { status: 'open', ...p.open }, true),
    new Labelled(t(msg('report.sum', { sum: 'all' })), { status: 'all', ...p.total }),
  ]
}

export function flowRows(r: StatusReport): FlowRow[] {
  return FLOW_KINDS.map((flow) => ({ flow, day: r.flow.day[flow], monthToDate: r.flow.monthToDate[flow] }))
}

/** Contracted (with the counts of contracts), received, invoiced. */
export function moneyRows(r: StatusReport): MoneyRow[] {
  const { day, monthToDate } = r.money
  return [
    { money: 'contracted', day: day.contracted, monthToDate: monthToDate.contracted, contracts: { day: day.contracts, monthToDate: monthToDate.contracts } },
    { money: 'received', day: day.received, monthToDate: monthToDate.received },
    { money: 'invoiced', day: day.invoiced, monthToDate: monthToDate.invoiced },
  ]
}
