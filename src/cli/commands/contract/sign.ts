import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { PAYMENT_METHODS } from '../../../domain/channels.js'
import { addDays, parseDate } from '../../../domain/dates.js'
import { ValidationError } from '../../../domain/errors.js'
import { formatMoneyGrouped } from '../../../domain/money.js'
import { msg } from '../../../domain/message.js'
import { depositAmount } from '../../../domain/payment-status.js'
import { tr } from '../../../messages/index.js'
import { signContract } from '../../../services/sign-contract.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { revision, str, text, z } from '../../flags.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { notBeforeToday } from '../../parse.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({
  paymentMethod: text(40),
  paymentDue: str(),
  /** A whole percent; the words of its refusal are chosen when it is checked (the desk's language by then). */
  deposit: z.optional(z.pipe(z.string().check(z.regex(/^\d+$/, { error: () => tr('intake.depositPercent') })), z.transform(Number))),
  revision: revision(),
})
export type Options = Infer<typeof schema> & { order: string }

/** `contract sign <order> --payment-method --payment-due`: sign and reserve the stock (clerk, manager). */
export function register(contract: Command): void {
  const cmd = contract.command('sign <order>').option('--payment-method <m>').option('--payment-due <date>')
  cmd.option('--deposit <percent>').option('--revision <n>')
  described(cmd, 'contract sign').action(action(schema, run))
}

/** The payment terms agreed with the customer. */
interface Terms {
  method: string
  dueText: string
  deposit: number
}

/**
 * Signs the sales contract and reserves the stock. Bad flags fail before any prompt; on a
 * terminal the missing terms are asked (and then the deposit too, unless given).
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const number = opts.order
  if (opts.deposit !== undefined && opts.deposit > 100) throw new ValidationError('--deposit', opts.deposit, msg('intake.depositPercent', {}))
  const missing = [...(opts.paymentMethod ? [] : ['--payment-method']), ...(opts.paymentDue ? [] : ['--payment-due'])]
  requireFlags(s.interactive, missing)
  const ctx = await serviceContext(s)
  if (opts.paymentDue) parseDate(opts.paymentDue, 'payment-due', s.today)
  const terms = await askTerms(s, opts, missing.length > 0)
  const paymentDue = parseDate(terms.dueText, 'payment-due', s.today)
  const r = await signContract(ctx, { number, paymentMethod: terms.method, paymentDue, depositPct: terms.deposit, expectedRevision: opts.revision })
  const agg = await reloadOrder(s, number)
  s.out.result(await orderResult(s, agg, { contract: r.contract, reserved: r.reserved }), () => '')
  const dep = depositAmount(agg.order.total, terms.deposit)
  const method = tr('name.paymentMethod', { method: terms.method })
  s.out.done(tr('intake.contractSigned', { contract: r.contract, order: number, total: agg.order.total, method, due: paymentDue }))
  if (r.reserved.length) s.out.note(`  ${tr('intake.reserved', { items: r.reserved })}`)
  if (dep > 0) {
    const command = `orderdesk payment record ${number} --amount ${formatMoneyGrouped(dep).replace(/,/g, '')}`
    s.out.next(tr('intake.nextDeposit', { command, percent: terms.deposit }))
  } else s.out.next(tr('intake.nextNoDeposit', { command: `orderdesk order confirm ${number}` }))
}

/** The terms from the flags, the missing ones asked: method (a known one or other), due date, and — when guided — the deposit. */
async function askTerms(s: Session, opts: Options, guided: boolean): Promise<Terms> {
  let method = opts.paymentMethod
  if (!method) {
    const choices = PAYMENT_METHODS.map((m) => ({ name: tr('name.paymentMethod', { method: m }), value: m as string }))
    const m = await s.prompt.select(tr('intake.askPaymentMethod'), [...choices, { name: tr('intake.otherMethod'), value: '' }], 'transfer')
    method = m || (await s.prompt.input(tr('intake.askPaymentMethod'), { validate: (v) => (v.trim() ? true : tr('intake.required')) }))
  }
  const dueText =
    opts.paymentDue ||
    (await s.prompt.input(tr('intake.askPaymentDue'), {
      default: addDays(s.today, 7),
      validate: (v) => notBeforeToday(v, s.today, tr('intake.dateOrDays')),
    }))
  let deposit = opts.deposit ?? 100
  if (s.interactive && guided && opts.deposit === undefined) {
    const d = await s.prompt.input(tr('intake.askDeposit'), {
      default: '100',
      validate: (v) => (/^\d{1,3}$/.test(v) && Number(v) <= 100 ? true : tr('intake.zeroTo100')),
    })
    deposit = Number(d)
  }
  return { method, dueText, deposit }
}
