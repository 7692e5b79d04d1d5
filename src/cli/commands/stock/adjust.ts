import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { stockJson, stockTable } from '../../../render/stock-view.js'
import { adjustStock } from '../../../services/adjust-stock.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, str, z } from '../../flags.js'
import { described } from '../../help.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ sku: str(), qty: str(), reason: note(200) })
export type Options = Infer<typeof schema>

/** `stock adjust --sku --qty ±n --reason`: a correction of the count (clerk, manager, MC). */
export function register(stock: Command): void {
  const cmd = stock.command('adjust').option('--sku <sku>').option('--qty <±n>').option('--reason <text>')
  described(cmd, 'stock adjust').action(action(schema, run))
}

/** Corrects the stock count by a signed quantity, with a reason; each is asked on a terminal when not given. */
export async function run(opts: Options, s: Session): Promise<void> {
  requireFlags(s.interactive, [...(opts.sku ? [] : ['--sku']), ...(opts.qty ? [] : ['--qty']), ...(opts.reason ? [] : ['--reason'])])
  const ctx = await serviceContext(s)
  const sku = opts.sku ?? (await s.prompt.input(tr('stock.askSku')))
  const qty = parseSignedQty(opts.qty ?? (await s.prompt.input(tr('stock.askChange'))))
  const reason = opts.reason ?? (await s.prompt.input(tr('stock.askReason')))
  const p = await adjustStock(ctx, { sku, qty, reason })
  s.out.result(stockJson(p), () => stockTable([p]))
  s.out.done(tr('stock.adjusted', { sku: p.sku, qty, onHand: p.on_hand, available: p.on_hand - p.reserved }))
}

/** A signed whole number for adjustments: +5, -3. */
function parseSignedQty(text: string): number {
  const s = String(text).trim()
  if (!/^[+-]?\d+$/.test(s) || Number(s) === 0) throw new ValidationError('qty', text, msg('stock.signedQty', {}))
  const n = Number(s)
  if (!Number.isSafeInteger(n) || Math.abs(n) > 1_000_000_000) throw new ValidationError('qty', text, msg('common.tooLarge', {}))
  return n
}
