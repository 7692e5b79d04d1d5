import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseQty } from '../../../domain/item-spec.js'
import { tr } from '../../../messages/index.js'
import { stockJson, stockTable } from '../../../render/stock-view.js'
import { receiveStock } from '../../../services/receive-stock.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, str, z } from '../../flags.js'
import { described } from '../../help.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ sku: str(), qty: str(), reason: note(200) })
export type Options = Infer<typeof schema>

/** `stock receive --sku --qty`: goods into the warehouse (clerk, manager, MC). */
export function register(stock: Command): void {
  const cmd = stock.command('receive').option('--sku <sku>').option('--qty <n>').option('--reason <text>')
  described(cmd, 'stock receive').action(action(schema, run))
}

/** Books goods received; the sku and quantity are asked on a terminal when not given. */
export async function run(opts: Options, s: Session): Promise<void> {
  requireFlags(s.interactive, [...(opts.sku ? [] : ['--sku']), ...(opts.qty ? [] : ['--qty'])])
  const ctx = await serviceContext(s)
  const sku = opts.sku ?? (await s.prompt.input(tr('stock.askSku')))
  const qty = parseQty(opts.qty ?? (await s.prompt.input(tr('stock.askReceivedQty'))), 'qty')
  const p = await receiveStock(ctx, { sku, qty, reason: opts.reason })
  s.out.result(stockJson(p), () => stockTable([p]))
  s.out.done(tr('stock.received', { sku: p.sku, qty, unit: tr('name.unit', { unit: p.unit }), onHand: p.on_hand, available: p.on_hand - p.reserved }))
}
