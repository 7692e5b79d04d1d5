import type { Command } from 'commander'
import { flag, list, note, revision, text, z } from '../flags.js'
import { UsageError, ValidationError } from '../../domain/errors.js'
import { parseDate, daysBetween } from '../../domain/dates.js'
import { parseSkuValue } from '../../domain/item-spec.js'
import { checkStock, previewStockCheck, type CheckStockResult } from '../../services/check-stock.js'
import { table } from '../../render/table.js'
import type { OrderAggregate } from '../../read/orders.js'
import { serviceContext, withSession, type Session } from '../context.js'
import { orderResult, reloadOrder } from '../order-result.js'
import { collect, validateOptions } from '../parse.js'
import { askInput, askSelect, requireFlags } from '../prompts.js'

const schema = z.object({
  mcDate: list(),
  notProducible: list(),
  reason: note(200),
  useLeadTimes: flag(),
  revision: revision(),
})

/**
 * `stock check <order>`: SPEC §1 step 2. Stock covers a line, or MC gives a completion
 * date for the shortfall, or the product cannot be made and the inquiry is lost.
 */
export function registerStockCheck(stock: Command): void {
  stock
    .command('check <order>')
    .description('check stock for an inquiry and offer a delivery date (or end it as lost)')
    .option('--mc-date <sku=date>', "MC's completion date for a short product (repeatable)", collect)
    .option('--not-producible <sku>', 'MC says this product cannot be produced (repeatable; needs --reason)', collect)
    .option('--reason <text>', 'why it cannot be produced (force majeure, discontinued, ...)')
    .option('--use-lead-times', 'take the lead-time proposal for short products without --mc-date')
    .option('--revision <n>', 'refuse if the order has changed since this revision')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(schema, raw)
        const mcDates: Record<string, string> = {}
        for (const item of opts.mcDate) {
          const { sku, value } = parseSkuValue(item, 'mc-date')
          mcDates[sku] = parseDate(value, `mc-date for ${sku}`, s.today)
        }
        const notProducible: Record<string, string> = {}
        if (opts.notProducible.length > 0) {
          requireFlags(s.interactive, opts.reason ? [] : ['--reason'])
          const reason = opts.reason ?? (await askInput('Why can it not be produced?'))
          if (!reason.trim()) throw new ValidationError('reason', reason, 'must not be empty')
          for (const sku of opts.notProducible) notProducible[sku] = reason
        } else if (opts.reason) {
          throw new UsageError('--reason goes with --not-producible <sku>')
        }
        const ctx = await serviceContext(s)
        const input = { number, mcDates, notProducible, useLeadTimes: opts.useLeadTimes, expectedRevision: opts.revision }

        if (s.interactive && !opts.useLeadTimes) {
          const { order, check } = await previewStockCheck(ctx, input)
          if (check.outcome.kind === 'needs_dates') {
            input.expectedRevision ??= order.revision
            s.out.note(`Order ${number}: ${check.outcome.skus.length} product(s) short — ask MC when they can be made.`)
            for (const sku of check.outcome.skus) {
              const line = check.lines.find((l) => l.sku === sku && l.shortfall > 0)!
              const proposal = line.proposedDate!
              const answer = await askSelect(`${sku}: short by ${line.shortfall} (${line.available} available). MC's answer?`, [
                { name: `can make it by ${proposal} (lead time)`, value: 'proposal' },
                { name: 'can make it by another date', value: 'other' },
                { name: 'cannot produce it', value: 'no' },
              ])
              if (answer === 'proposal') mcDates[sku] = proposal
              else if (answer === 'other') {
                const d = await askInput(`Completion date for ${sku}`, {
                  default: proposal,
                  validate: (v) => {
                    try {
                      return parseDate(v, 'date', s.today) >= s.today ? true : `not before today (${s.today})`
                    } catch {
                      return 'a date YYYY-MM-DD'
                    }
                  },
                })
                mcDates[sku] = parseDate(d, `mc-date for ${sku}`, s.today)
              } else {
                notProducible[sku] = await askInput('Why can it not be produced?', { validate: (v) => (v.trim() ? true : 'say why') })
                break
              }
            }
          }
        }

        const result = await checkStock(ctx, input)
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg, { check: checkJson(result) }), () => renderCheck(s, agg, result))
        if (result.status === 'offered') {
          s.out.done(`order ${number} offered: delivery by ${result.promisedDate}`)
          s.out.next(`orderdesk contract sign ${number} --payment-method <m> --payment-due <date>   (customer accepts)`)
          s.out.next(`orderdesk inquiry drop ${number} --reason <text>   (customer declines)`)
        } else {
          s.out.done(`order ${number} lost: ${result.lostReason}`)
        }
      }),
    )
}

function checkJson(r: CheckStockResult) {
  return {
    outcome: r.status,
    promisedDate: r.promisedDate,
    lostReason: r.lostReason,
    lines: r.check.lines.map((l) => ({
      lineNo: l.lineNo,
      sku: l.sku,
      qty: l.qty,
      available: l.available,
      shortfall: l.shortfall,
      source: l.source,
      date: l.date,
    })),
  }
}

function renderCheck(s: Session, agg: OrderAggregate, r: CheckStockResult): string {
  const names = new Map(agg.lines.map((l) => [l.line_no, l.name]))
  const out = [
    `Stock check for order ${agg.order.number} (${agg.customer.code} ${agg.customer.name})`,
    table(
      ['#', 'SKU', 'Product', 'Ordered', 'Available', 'Shortfall', 'Source', 'Date'],
      r.check.lines.map((l) => [l.lineNo, l.sku, names.get(l.lineNo) ?? '', l.qty, l.available, l.shortfall, l.source, l.date ?? '—']),
      { align: ['right', 'left', 'left', 'right', 'right', 'right', 'left', 'left'] },
    ),
  ]
  if (r.status === 'offered') {
    const req = r.requestedDate
    let tell = `Tell the customer: we can deliver by ${s.out.c.bold(r.promisedDate!)}`
    if (req) {
      const d = daysBetween(req, r.promisedDate!)
      tell += d > 0 ? ` — ${d} day(s) after the requested ${req}` : ` — the requested ${req} can be met`
    }
    out.push(tell + '; agree the payment time and method, then sign the contract.')
  } else {
    out.push(`Tell the customer we cannot supply: ${r.lostReason}. The inquiry is closed as lost.`)
  }
  return out.join('\n')
}
