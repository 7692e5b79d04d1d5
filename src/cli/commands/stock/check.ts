import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseDate, type IsoDate } from '../../../domain/dates.js'
import { UsageError, ValidationError } from '../../../domain/errors.js'
import { parseSkuValue } from '../../../domain/item-spec.js'
import { msg } from '../../../domain/message.js'
import type { CheckedLine } from '../../../domain/stock-check.js'
import { tr } from '../../../messages/index.js'
import { stockCheckJson, stockCheckText } from '../../../render/stock-check-view.js'
import { checkStock, previewStockCheck, type CheckStockInput, type CheckStockResult } from '../../../services/check-stock.js'
import type { ServiceContext } from '../../../services/context.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, list, note, revision, z } from '../../flags.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { collect, notBeforeToday } from '../../parse.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({
  mcDate: list(),
  notProducible: list(),
  reason: note(200),
  useLeadTimes: flag(),
  revision: revision(),
})
export type Options = Infer<typeof schema> & { order: string }

/** `stock check <order>`: SPEC §1 step 2 (clerk, manager). */
export function register(stock: Command): void {
  const cmd = stock.command('check <order>').option('--mc-date <sku=date>', '', collect).option('--not-producible <sku>', '', collect)
  cmd.option('--reason <text>').option('--use-lead-times').option('--revision <n>')
  described(cmd, 'stock check').action(action(schema, run))
}

/**
 * Stock covers a line, or MC gives a completion date for the shortfall, or the product cannot
 * be made and the inquiry is lost. The flags are checked first; on a terminal (without
 * `--use-lead-times`) MC's answer for each short product is asked before anything is written.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  const mcDates = mcDatesOf(opts.mcDate, s.today)
  const notProducible = await notProducibleOf(opts, s)
  const ctx = await serviceContext(s)
  const input: CheckStockInput = { number, mcDates, notProducible, useLeadTimes: opts.useLeadTimes, expectedRevision: opts.revision }
  if (s.interactive && !opts.useLeadTimes) await askMc(s, ctx, input)
  const result = await checkStock(ctx, input)
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg, { check: stockCheckJson(result) }), () => stockCheckText(agg, result, s.out.c, s.out.width))
  sayWhatNext(s, number, result)
}

/** `--mc-date sku=date`, each date parsed (relative to today). */
function mcDatesOf(items: string[], today: IsoDate): Record<string, IsoDate> {
  const mcDates: Record<string, IsoDate> = {}
  for (const item of items) {
    const { sku, value } = parseSkuValue(item, 'mc-date')
    mcDates[sku] = parseDate(value, `mc-date for ${sku}`, today)
  }
  return mcDates
}

/** `--not-producible sku` with the one `--reason` (asked on a terminal); a reason alone is a usage error. */
async function notProducibleOf(opts: Options, s: Session): Promise<Record<string, string>> {
  const notProducible: Record<string, string> = {}
  if (opts.notProducible.length > 0) {
    requireFlags(s.interactive, opts.reason ? [] : ['--reason'])
    const reason = opts.reason ?? (await s.prompt.input(tr('stock.askWhyNotProducible')))
    if (!reason.trim()) throw new ValidationError('reason', reason, msg('common.empty', {}))
    for (const sku of opts.notProducible) notProducible[sku] = reason
  } else if (opts.reason) {
    throw new UsageError(msg('stock.reasonWithoutSku', {}))
  }
  return notProducible
}

/**
 * On a terminal: when products are short, asks MC's answer for each (the lead-time date,
 * another date, or cannot produce — which ends the questions), pinning the revision seen.
 */
async function askMc(s: Session, ctx: ServiceContext, input: CheckStockInput): Promise<void> {
  const { order, check } = await previewStockCheck(ctx, input)
  if (check.outcome.kind !== 'needs_dates') return
  input.expectedRevision ??= order.revision
  s.out.note(tr('stock.shortNote', { order: input.number, count: check.outcome.skus.length }))
  for (const sku of check.outcome.skus) {
    const line = check.lines.find((l) => l.sku === sku && l.shortfall > 0)!
    const answer = await askAnswer(s, line)
    if (answer === 'no') {
      input.notProducible[sku] = await s.prompt.input(tr('stock.askWhyNotProducible'), { validate: (v) => (v.trim() ? true : tr('intake.sayWhy')) })
      break
    }
    input.mcDates[sku] = answer
  }
}

/** MC's answer for one short line: a completion date, or `no` (cannot produce it). */
async function askAnswer(s: Session, line: CheckedLine): Promise<IsoDate | 'no'> {
  const proposal = line.proposedDate!
  const answer = await s.prompt.select(tr('stock.askMcAnswer', { sku: line.sku, shortfall: line.shortfall, available: line.available }), [
    { name: tr('stock.canMakeBy', { date: proposal }), value: 'proposal' },
    { name: tr('stock.canMakeOther'), value: 'other' },
    { name: tr('stock.cannotProduce'), value: 'no' },
  ])
  if (answer === 'proposal') return proposal
  if (answer === 'no') return 'no'
  const d = await s.prompt.input(tr('stock.askCompletion', { sku: line.sku }), {
    default: proposal,
    validate: (v) => notBeforeToday(v, s.today, tr('stock.dateOnly')),
  })
  return parseDate(d, `mc-date for ${line.sku}`, s.today)
}

/** Offered: the two ways the customer may answer; lost: why. */
function sayWhatNext(s: Session, number: string, result: CheckStockResult): void {
  if (result.status === 'offered') {
    s.out.done(tr('stock.offered', { order: number, date: result.promisedDate! }))
    s.out.next(tr('stock.ifAccepts', { command: `orderdesk contract sign ${number} --payment-method <m> --payment-due <date>` }))
    s.out.next(tr('stock.ifDeclines', { command: `orderdesk inquiry drop ${number} --reason <text>` }))
  } else {
    s.out.done(tr('intake.lost', { order: number, reason: result.lostReason ?? '' }))
  }
}
