import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { parseItem } from '../../../domain/item-spec.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { receiveReturn, type ReturnOutcome } from '../../../services/receive-return.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, list, note, z } from '../../flags.js'
import { described } from '../../help.js'
import { precheckStep, printOrderResult } from '../../order-result.js'
import { collect } from '../../parse.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ item: list(), reason: note(200), scrap: flag(), refund: flag(), remake: flag() })
export type Options = Infer<typeof schema> & { order: string }

export function register(ret: Command): void {
  const cmd = ret
    .command('receive <order>')
    .option('--item <sku=qty>', '', collect)
    .option('--reason <text>')
    .option('--scrap')
    .option('--refund')
    .option('--remake')
  described(cmd, 'return receive').action(action(schema, run))
}

/**
 * Goods back from the customer after delivery: into stock (or scrap), and a refund due or a
 * remake — the clerk's choice, asked on a terminal when neither flag is given.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const items = opts.item.map((t) => {
    const p = parseItem(t)
    return { sku: p.sku, qty: p.qty }
  })
  if (opts.refund && opts.remake) throw new ValidationError('--remake', '--refund', msg('order.returnOutcomeBoth', {}))
  const chosen = opts.refund || opts.remake
  requireFlags(s.interactive, [...(items.length ? [] : ['--item']), ...(opts.reason ? [] : ['--reason']), ...(chosen ? [] : ['--refund|--remake'])])
  if (items.length === 0) throw new ValidationError('item', '', msg('order.returnItemsNeeded', {}))
  const ctx = await serviceContext(s)
  await precheckStep(s, opts.order, 'receiveReturn')
  const reason = opts.reason ?? (await s.prompt.input(tr('order.promptReturnReason')))
  const outcome: ReturnOutcome = opts.refund
    ? 'refund'
    : opts.remake
      ? 'remake'
      : await s.prompt.select<ReturnOutcome>(tr('order.promptReturnOutcome'), [
          { name: tr('order.returnOutcomeChoice', { outcome: 'refund' }), value: 'refund' },
          { name: tr('order.returnOutcomeChoice', { outcome: 'remake' }), value: 'remake' },
        ])
  const r = await receiveReturn(ctx, { number: opts.order, items, reason, scrap: opts.scrap, outcome })
  await printOrderResult(s, opts.order, { returns: r.parts.map((p) => p.number) })
  const status = tr('name.orderStatus', { status: r.orderStatus })
  s.out.done(tr('order.returnRecorded', { order: opts.order, parts: r.parts, disposition: r.disposition, outcome: r.outcome, amount: r.amount, status }))
  if (r.paid > r.total) s.out.next(tr('order.nextRefund', { order: opts.order, amount: r.paid - r.total }))
}
