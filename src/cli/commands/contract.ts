import type { Command } from 'commander'
import { z, text, str, wholeNumber, revision } from '../flags.js'
import { PAYMENT_METHODS } from '../../domain/channels.js'
import { addDays, parseDate } from '../../domain/dates.js'
import { ValidationError } from '../../domain/errors.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import { depositAmount } from '../../domain/payment-status.js'
import { signContract } from '../../services/sign-contract.js'
import { serviceContext, withSession } from '../context.js'
import { orderResult, reloadOrder } from '../order-result.js'
import { validateOptions } from '../parse.js'
import { askInput, askSelect, requireFlags } from '../prompts.js'

const schema = z.object({
  paymentMethod: text(40),
  paymentDue: str(),
  deposit: z.optional(wholeNumber('must be a whole percent from 0 to 100')),
  revision: revision(),
})

/** `contract sign <order>`: SPEC §1 step 2.1 — the customer accepted; sign and reserve stock. */
export function registerContract(program: Command): void {
  const contract = program.command('contract').description('sales contracts')

  contract
    .command('sign <order>')
    .description('the customer accepted the offer: sign the sales contract and reserve the stock')
    .option('--payment-method <m>', `how the customer pays (e.g. ${PAYMENT_METHODS.join(', ')})`)
    .option('--payment-due <date>', 'when the payment is due (YYYY-MM-DD or +N days)')
    .option('--deposit <percent>', 'deposit required before the sales order, in percent (default 100)')
    .option('--revision <n>', 'refuse if the order has changed since this revision')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(schema, raw)
        if (opts.deposit !== undefined && opts.deposit > 100) throw new ValidationError('--deposit', opts.deposit, 'must be a whole percent from 0 to 100')
        const missing = [...(opts.paymentMethod ? [] : ['--payment-method']), ...(opts.paymentDue ? [] : ['--payment-due'])]
        requireFlags(s.interactive, missing)
        const ctx = await serviceContext(s)
        if (opts.paymentDue) parseDate(opts.paymentDue, 'payment-due', s.today) // bad flags fail before any prompt
        let dueText = opts.paymentDue
        let method = opts.paymentMethod
        let deposit = opts.deposit ?? 100
        if (!method) {
          const m = await askSelect(
            'Payment method',
            [...PAYMENT_METHODS.map((p) => ({ name: p, value: p as string })), { name: 'other…', value: '' }],
            'transfer',
          )
          method = m || (await askInput('Payment method', { validate: (v) => (v.trim() ? true : 'required') }))
        }
        if (!dueText) {
          dueText = await askInput('Payment due (YYYY-MM-DD or +N days)', {
            default: addDays(s.today, 7),
            validate: (v) => {
              try {
                return parseDate(v, 'payment-due', s.today) >= s.today ? true : `not before today (${s.today})`
              } catch {
                return 'a date YYYY-MM-DD or +N'
              }
            },
          })
        }
        if (s.interactive && missing.length > 0 && opts.deposit === undefined) {
          const d = await askInput('Deposit before production, percent', { default: '100', validate: (v) => (/^\d{1,3}$/.test(v) && Number(v) <= 100 ? true : '0 to 100') })
          deposit = Number(d)
        }
        const paymentDue = parseDate(dueText, 'payment-due', s.today)
        const r = await signContract(ctx, { number, paymentMethod: method, paymentDue, depositPct: deposit, expectedRevision: opts.revision })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg, { contract: r.contract, reserved: r.reserved }), () => '')
        const dep = depositAmount(agg.order.total, deposit)
        s.out.done(`contract ${r.contract} signed for order ${number}: total ${formatMoneyGrouped(agg.order.total)}, ${method}, due ${paymentDue}`)
        if (r.reserved.length) s.out.note(`  reserved: ${r.reserved.map((x) => `${x.sku} × ${x.qty}`).join(', ')}`)
        if (dep > 0) s.out.next(`orderdesk payment record ${number} --amount ${formatMoneyGrouped(dep).replace(/,/g, '')}   (deposit ${deposit} %)`)
        else s.out.next(`orderdesk order confirm ${number}   (no deposit: a manager signs the sales order)`)
      }),
    )
}
