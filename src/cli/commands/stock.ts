import type { Command } from 'commander'
import { note, str, text, z } from '../flags.js'
import { ValidationError } from '../../domain/errors.js'
import { parseQty } from '../../domain/item-spec.js'
import { adjustStock } from '../../services/adjust-stock.js'
import { receiveStock } from '../../services/receive-stock.js'
import { listProducts } from '../../read/master-data.js'
import type { Product } from '../../read/master-data.js'
import { table } from '../../render/table.js'
import { serviceContext, withSession } from '../context.js'
import { validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'
import { registerStockCheck } from './stock-check.js'

const receiveSchema = z.object({ sku: str(), qty: str(), reason: note(200) })
const adjustSchema = receiveSchema

function stockJson(p: Product) {
  return { sku: p.sku, name: p.name, unit: p.unit, onHand: p.on_hand, reserved: p.reserved, available: p.on_hand - p.reserved }
}

function stockTable(rows: Product[]): string {
  return table(
    ['SKU', 'Name', 'On hand', 'Reserved', 'Available'],
    rows.map((p) => [p.sku, p.name, p.on_hand, p.reserved, p.on_hand - p.reserved]),
    { align: ['left', 'left', 'right', 'right', 'right'] },
  )
}

/** A signed whole number for adjustments: +5, -3. */
function parseSignedQty(text: string): number {
  const s = String(text).trim()
  if (!/^[+-]?\d+$/.test(s) || Number(s) === 0) throw new ValidationError('qty', text, 'must be a non-zero whole number like +5 or -3')
  const n = Number(s)
  if (!Number.isSafeInteger(n) || Math.abs(n) > 1_000_000_000) throw new ValidationError('qty', text, 'too large')
  return n
}

/** `stock show|receive|adjust|check`: the warehouse as a ledger of moves. */
export function registerStock(program: Command): void {
  const stock = program.command('stock').description('stock on hand, reserved and available; the stock check')

  stock
    .command('show [sku...]')
    .description('on hand, reserved and available per product')
    .action(async (skus: string[], _raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const rows = await listProducts(s.store.db, { skus, limit: 0 })
        const unknown = skus.filter((k) => !rows.some((p) => p.sku === k))
        if (unknown.length > 0) throw new ValidationError('sku', unknown[0], 'no such product')
        s.out.result(rows.map(stockJson), () => stockTable(rows))
      }, { access: 'read' }),
    )

  stock
    .command('receive')
    .description('goods received into the warehouse')
    .option('--sku <sku>', 'product')
    .option('--qty <n>', 'quantity received')
    .option('--reason <text>', 'e.g. the delivery note number')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(receiveSchema, raw)
        requireFlags(s.interactive, [...(opts.sku ? [] : ['--sku']), ...(opts.qty ? [] : ['--qty'])])
        const ctx = await serviceContext(s)
        const sku = opts.sku ?? (await askInput('SKU'))
        const qty = parseQty(opts.qty ?? (await askInput('Quantity received')), 'qty')
        const p = await receiveStock(ctx, { sku, qty, reason: opts.reason })
        s.out.result(stockJson(p), () => stockTable([p]))
        s.out.done(`received ${qty} ${p.unit} of ${p.sku}; on hand ${p.on_hand}, available ${p.on_hand - p.reserved}`)
      }),
    )

  stock
    .command('adjust')
    .description('correct the stock count (+n or -n, with a reason)')
    .option('--sku <sku>', 'product')
    .option('--qty <±n>', 'change, e.g. -3 or +5')
    .option('--reason <text>', 'why (stock count, damage, ...)')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(adjustSchema, raw)
        requireFlags(s.interactive, [...(opts.sku ? [] : ['--sku']), ...(opts.qty ? [] : ['--qty']), ...(opts.reason ? [] : ['--reason'])])
        const ctx = await serviceContext(s)
        const sku = opts.sku ?? (await askInput('SKU'))
        const qty = parseSignedQty(opts.qty ?? (await askInput('Change (+n / -n)')))
        const reason = opts.reason ?? (await askInput('Reason'))
        const p = await adjustStock(ctx, { sku, qty, reason })
        s.out.result(stockJson(p), () => stockTable([p]))
        s.out.done(`adjusted ${p.sku} by ${qty > 0 ? '+' : ''}${qty}; on hand ${p.on_hand}, available ${p.on_hand - p.reserved}`)
      }),
    )

  registerStockCheck(stock)
}
