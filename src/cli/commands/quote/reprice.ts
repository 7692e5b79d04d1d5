import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { parseItem } from '../../../domain/item-spec.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { repriceQuote } from '../../../services/reprice-quote.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, list, revision, text, z } from '../../flags.js'
import { freeGrant } from '../inquiry/new.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { collect } from '../../parse.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ item: list(), revision: revision(), free: flag(), reason: text(200) })
export type Options = Infer<typeof schema> & { order: string }

/** `quote reprice <order> --item sku=price`: new unit prices on an offer (clerk, manager). */
export function register(quote: Command): void {
  const cmd = quote.command('reprice <order>').option('--item <sku=price>', '', collect).option('--revision <n>').option('--free').option('--reason <text>')
  described(cmd, 'quote reprice').action(action(schema, run))
}

/** Re-prices lines of an offer; the prices are never asked (exit 2 without `--item`, even on a terminal). */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  requireFlags(false, opts.item.length ? [] : ['--item <sku>=<price>'])
  const prices = opts.item.map(priceOf)
  const free = await freeGrant(opts, s)
  const ctx = await serviceContext(s)
  const r = await repriceQuote(ctx, { number, prices, expectedRevision: opts.revision, free })
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg), () => '')
  s.out.done(tr('intake.repriced', { order: number, total: r.total }))
}

/** `sku=price` → the product and its new unit price. */
function priceOf(t: string): { sku: string; price: number } {
  const [sku, price] = t.split('=')
  const p = parseItem(`${sku}=1@${price ?? ''}`)
  if (p.price === null) throw new ValidationError('item', t, msg('intake.notSkuPrice', {}))
  return { sku: p.sku, price: p.price }
}
