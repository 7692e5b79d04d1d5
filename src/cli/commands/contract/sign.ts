import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { PAYMENT_METHODS } from '../../../domain/channels.js'
import { addDays, parseDate } from '../../../domain/dates.js'
import { ValidationError } from '../../../domain/errors.js'
import { formatMoneyGrouped } from '../../../domain/money.js'
import { depositAmount } from '../../../domain/payment-status.js'
import { signContract } from '../../../services/sign-contract.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { revision, str, text, wholeNumber, z } from '../../flags.js'
import { described } from '../../help.js'
import { orderResult, reloadOrder } from '../../order-result.js'
import { notBeforeToday } from '../../parse.js'
import { choicesOf, requireFlags } from '../../prompts.js'

export const schema = z.object({
  paymentMethod: text(40),
  paymentDue: str(),
  deposit: z.optional(wholeNumber('must be a whole percent from 0 to 100')),
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
  if (opts.deposit !== undefined && opts.deposit > 100) throw new ValidationError('--deposit', opts.deposit, 'must be a whole percent from 0 to 100')
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
  s.out.done(`contract ${r.contract} signed for order ${number}: total ${formatMoneyGrouped(agg.order.total)}, ${terms.method}, due ${paymentDue}`)
  if (r.reserved.length) s.out.note(`  reserved: ${r.reserved.map((x) => `${x.sku} × ${x.qty}`).join(', ')}`)
  if (dep > 0) s.out.next(`orderdesk payment record ${number} --amount ${formatMoneyGrouped(dep).replace(/,/g, '')}   (deposit ${terms.deposit} %)`)
  else s.out.next(`orderdesk order confirm ${number}   (no deposit: a manager signs the sales order)`)
}

/** The terms from the flags, the missing ones asked: method (a known one or other), due date, and — when guided — the deposit. */
async function askTerms(s: Session, opts: Options, guided: boolean): Promise<Terms> {
  let method = opts.paymentMethod
  if (!method) {
    const m = await s.prompt.select('Payment method', [...choicesOf<string>(PAYMENT_METHODS), { name: 'other…', value: '' }], 'transfer')
    method = m || (await s.prompt.input('Payment method', { validate: (v) => (v.trim() ? true : 'required') }))
  }
  const dueText =
    opts.paymentDue ||
    (await s.prompt.input('Payment due (YYYY-MM-DD or +N days)', {
      default: addDays(s.today, 7),
      validate: (v) => notBeforeToday(v, s.today, 'a date YYYY-MM-DD or +N'),
    }))
  let deposit = opts.deposit ?? 100
  if (s.interactive && guided && opts.deposit === undefined) {
    const d = await s.prompt.input('Deposit before production, percent', { default: '100', validate: (v) => (/^\d{1,3}$/.test(v) && Number(v) <= 100 ? true : '0 to 100') })
    deposit = Number(d)
  }
  return { method, dueText, deposit }
}
