import type { Command } from 'commander'
import { parseItem } from '../../domain/item-spec.js'
import { ValidationError } from '../../domain/errors.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import { approveQuote } from '../../services/approve-quote.js'
import { rejectQuote } from '../../services/reject-quote.js'
import { repriceQuote } from '../../services/reprice-quote.js'
import { serviceContext, withSession } from '../context.js'
import { list, note, revision, text, z } from '../flags.js'
import { managerPin } from '../manager-pin.js'
import { orderResult, precheckStep, reloadOrder } from '../order-result.js'
import { collect, validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const approveSchema = z.object({ revision: revision() })
const rejectSchema = z.object({ reason: note(200), revision: revision() })
const repriceSchema = z.object({ item: list(), revision: revision() })

/** `quote approve|reject|reprice`: the sales manager's approval of large or discounted offers. */
export function registerQuote(program: Command): void {
  const quote = program.command('quote').description('quotation approval by the sales manager')

  quote
    .command('approve <order>')
    .description('approve an offer above the approval threshold or discount (manager, PIN)')
    .option('--revision <n>', 'refuse if the order has changed since this revision')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(approveSchema, raw)
        const ctx = await serviceContext(s)
        await precheckStep(s, number, 'approveQuote')
        const pin = await managerPin(s, ctx)
        const r = await approveQuote(ctx, { number, pin, expectedRevision: opts.revision })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg), () => '')
        s.out.done(`quotation for order ${number} approved by ${ctx.actor.name} (${r.reasons.join('; ')})`)
        s.out.next(`orderdesk contract sign ${number} --payment-method <m> --payment-due <date>`)
      }),
    )

  quote
    .command('reject <order>')
    .description('send an offer back to the clerk: re-check or re-price (manager)')
    .option('--reason <text>', 'what must change')
    .option('--revision <n>', 'refuse if the order has changed since this revision')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(rejectSchema, raw)
        requireFlags(s.interactive, opts.reason ? [] : ['--reason'])
        const ctx = await serviceContext(s)
        const reason = opts.reason || (await askInput('What must change?', { validate: (v) => (v.trim() ? true : 'say what') }))
        await rejectQuote(ctx, { number, reason, expectedRevision: opts.revision })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg), () => '')
        s.out.done(`quotation for order ${number} sent back to the clerk: ${reason}`)
        s.out.next(`orderdesk quote reprice ${number} --item <sku>=<price>   or   orderdesk stock check ${number}`)
      }),
    )

  quote
    .command('reprice <order>')
    .description('new unit prices on an offer (clears approval; ask again if still needed)')
    .option('--item <sku=price>', 'new unit price for a product on the order (repeatable)', collect)
    .option('--revision <n>', 'refuse if the order has changed since this revision')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(repriceSchema, raw)
        requireFlags(false, opts.item.length ? [] : ['--item <sku>=<price>'])
        const ctx = await serviceContext(s)
        const prices = opts.item.map((t) => {
          const [sku, price] = t.split('=')
          const p = parseItem(`${sku}=1@${price ?? ''}`)
          if (p.price === null) throw new ValidationError('item', t, 'must be sku=price')
          return { sku: p.sku, price: p.price }
        })
        const r = await repriceQuote(ctx, { number, prices, expectedRevision: opts.revision })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg), () => '')
        s.out.done(`order ${number} re-priced: total ${formatMoneyGrouped(r.total)}`)
      }),
    )
}
