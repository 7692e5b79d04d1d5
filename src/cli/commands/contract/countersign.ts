import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseDate } from '../../../domain/dates.js'
import { UsageError, ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import type { CountersignedKind } from '../../../domain/messages/paper.js'
import { tr } from '../../../messages/index.js'
import { countersignDocument } from '../../../services/countersign-document.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, str, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ date: str(), ref: text(120), correct: flag(), reason: text(200) })
export type Options = Infer<typeof schema> & { order: string }

/** `contract countersign <order> --date --ref`: the customer's signed contract came back (回签; clerk, manager). */
export function register(contract: Command): void {
  const cmd = contract.command('countersign <order>').option('--date <date>').option('--ref <reference>').option('--correct').option('--reason <text>')
  described(cmd, 'contract countersign').action(action(schema, (opts: Options, s: Session) => run(opts, s, 'contract')))
}

/**
 * Records the returned signed copy of the contract or the order confirmation: the date the
 * customer signed and where the copy is. Missing flags are asked on a terminal.
 */
export async function run(opts: Options, s: Session, kind: CountersignedKind): Promise<void> {
  if (opts.ref !== undefined && !opts.ref) throw new ValidationError('ref', opts.ref, msg('common.empty', {}))
  if (opts.date !== undefined) parseDate(opts.date, 'date', s.today)
  // issue 19: records
  if (!opts.correct && opts.reason !== undefined) throw new UsageError(tr('paper.reasonWithoutCorrect'))
  if (opts.correct && opts.reason !== undefined && !opts.reason) throw new ValidationError('reason', opts.reason, msg('common.empty', {}))
  requireFlags(s.interactive, [...(opts.date ? [] : ['--date']), ...(opts.ref ? [] : ['--ref']), ...(opts.correct && !opts.reason ? [msg('paper.correctReasonFlag', {})] : [])])
  const ctx = await serviceContext(s)
  const dateText =
    opts.date ??
    (await s.prompt.input(tr('paper.askDate'), {
      default: s.today,
      validate: (v) => {
        try {
          return parseDate(v, 'date', s.today) <= s.today ? true : tr('paper.dateAfterToday', { today: s.today })
        } catch (e) {
          return (e as Error).message
        }
      },
    }))
  const date = parseDate(dateText, 'date', s.today)
  const ref = opts.ref ?? (await s.prompt.input(tr('paper.askRef'), { validate: (v) => (v.trim() ? true : tr('intake.required')) }))
  const reason = opts.correct ? (opts.reason ?? (await s.prompt.input(tr('paper.askCorrectReason'), { validate: (v) => (v.trim() ? true : tr('intake.sayWhy')) }))).trim() : null
  const r = await countersignDocument(ctx, { ref: opts.order, kind, date, returnedRef: ref, correct: reason === null ? null : { reason } })
  const agg = await reloadOrder(s, r.order)
  const { order: _order, ...countersignature } = r
  s.out.result(await orderResult(s, agg, { countersignature }), () => '')
  if (r.supersedes) {
    s.out.done(tr('paper.corrected', { kind, document: r.document, order: r.order, date: r.date, ref: r.ref, wasDate: r.supersedes.date, wasRef: r.supersedes.ref, reason: r.reason! }))
  } else s.out.done(tr('paper.countersigned', { kind, document: r.document, order: r.order, date: r.date, ref: r.ref }))
}
