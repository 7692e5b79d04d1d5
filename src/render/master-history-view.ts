import type { MasterMessages } from '../domain/messages/master.js'
import { formatMoney, formatMoneyGrouped } from '../domain/money.js'
import { tr } from '../messages/index.js'
import type { HistoryEntry, HistoryValue } from '../read/master-data.js'
import { table } from './table.js'

/**
 * A customer's or product's history (`customer show`, `product show`) and what an edit changed
 * (`customer edit`, `product edit`): in `--json` by the JSON's field names (`leadDays`), money as
 * "12.50" and producible as true/false; on screen by the fields' words, money grouped.
 */
type ProductFieldWord = MasterMessages['master.productField']['field']
type CustomerFieldWord = MasterMessages['master.customerField']['field']

/** A stored field's name in `--json` (`lead_days` → `leadDays`). */
const jsonName = (field: string): string => (field === 'lead_days' ? 'leadDays' : field)

function jsonValue(entity: 'customer' | 'product', field: string, v: HistoryValue): unknown {
  if (entity === 'product' && field === 'price' && typeof v === 'number') return formatMoney(v)
  if (entity === 'product' && field === 'producible' && v !== null) return v === 1
  return v
}

/** `{contact: {from: "Maria Anders", to: "Ana Trujillo"}}`. */
export function changesJson(entity: 'customer' | 'product', changes: Partial<Record<string, [HistoryValue, HistoryValue]>>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {}
  for (const [f, pair] of Object.entries(changes)) if (pair) out[jsonName(f)] = { from: jsonValue(entity, f, pair[0]), to: jsonValue(entity, f, pair[1]) }
  return out
}

/** `history` of `customer show --json` / `product show --json`, oldest first. */
export function historyJson(entity: 'customer' | 'product', h: HistoryEntry[]) {
  return h.map((e) => ({
    at: e.at,
    date: e.date,
    by: e.actor,
    action: e.kind,
    changes: changesJson(entity, Object.fromEntries(e.changes.map((c) => [c.field, [c.from, c.to]]))),
    import: e.import,
  }))
}

/** A field's words (`Contact`, 联系人). */
export function fieldWord(entity: 'customer' | 'product', field: string): string {
  return entity === 'customer' ? tr('master.customerField', { field: field as CustomerFieldWord }) : tr('master.productField', { field: jsonName(field) as ProductFieldWord })
}

function shownValue(entity: 'customer' | 'product', field: string, v: HistoryValue): string | null {
  if (v === null || v === '') return null
  if (entity === 'product' && field === 'price') return formatMoneyGrouped(Number(v))
  if (entity === 'product' && field === 'producible') return tr('master.producible', { producible: v === 1, card: false })
  if (entity === 'product' && field === 'unit') return tr('name.unit', { unit: String(v) })
  return String(v)
}

/** The history under a customer's or product's card (shown when it has any): one line a step. */
export function historyTable(entity: 'customer' | 'product', h: HistoryEntry[]): string {
  const col = (column: 'date' | 'by' | 'what') => tr('master.historyColumn', { column })
  const rows = h.map((e) => [
    e.date,
    e.actor,
    tr('master.historyStep', {
      kind: e.kind,
      changes: e.changes.map((c) => ({ field: fieldWord(entity, c.field), from: shownValue(entity, c.field, c.from), to: shownValue(entity, c.field, c.to) })),
      file: e.import?.file ?? null,
      line: e.import?.line ?? null,
    }),
  ])
  return `${tr('master.historyTitle')}\n${table([col('date'), col('by'), col('what')], rows)}`
}
