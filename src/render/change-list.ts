import type { ChangeView } from '../read/changes.js'
import { changeJson } from './change-json.js'
import { table } from './table.js'

/** The changes of `change list`, one a row: what each asks for in a few words, and the date promised. */
export function changeListText(rows: ChangeView[]): string {
  if (!rows.length) return 'no changes'
  return table(
    ['Change', 'Order', 'Customer', 'Status', 'Form', 'What', 'Promised'],
    rows.map((c) => {
      const j = changeJson(c)
      const what = j.cancel ? 'cancel' : [...j.lines.map((l) => `${l.sku} ${l.from}→${l.to}`), ...(c.requested_date ? [`date→${c.requested_date}`] : [])].join(', ')
      return [c.number, c.order_number, c.customer_code, c.status, c.form_number ?? '', what, j.promisedDate.to ?? '']
    }),
  )
}
