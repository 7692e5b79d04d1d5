import type { ChangeColumn } from '../domain/messages/change.js'
import { tr } from '../messages/index.js'
import type { ChangeView } from '../read/changes.js'
import { changeApprovalOf, changeJson } from './change-json.js'
import { table } from './table.js'

const COLUMNS: ChangeColumn[] = ['change', 'order', 'customer', 'status', 'form', 'what', 'promised']

/** The changes of `change list`, one a row: what each asks for in a few words, and the date promised. */
export function changeListText(rows: ChangeView[]): string {
  if (!rows.length) return tr('change.none')
  return table(
    COLUMNS.map((column) => tr('change.column', { column })),
    rows.map((c) => {
      const j = changeJson(c)
      const what = tr('change.what', { cancel: j.cancel, lines: j.lines, date: c.requested_date })
      const status = tr('name.changeStatus', { status: c.status })
      const waits = changeApprovalOf(c).status === 'pending'
      return [c.number, c.order_number, c.customer_code, waits ? tr('change.awaitingApproval', { status }) : status, c.form_number ?? '', what, j.promisedDate.to ?? '']
    }),
  )
}
