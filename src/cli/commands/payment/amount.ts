import { parseDate, type IsoDate } from '../../../domain/dates.js'
import { parseMoney, type Minor } from '../../../domain/money.js'
import type { Session } from '../../context.js'
import { requireFlags } from '../../prompts.js'

/**
 * The preamble `payment record` and `payment refund` share (issue 19): `--amount` and `--date`
 * are checked before anything is read (a bad one is a user error, exit 2, nothing written),
 * `--amount` is required off a terminal; `amount()` then gives the amount, asking for it (by
 * `ask`) on a terminal when it was not given. Call `amount()` after any step precheck, so a
 * refused step is said before the prompt.
 */
export function amountFrom(s: Session, opts: { amount?: string; date?: string }, ask: () => Promise<string>): { date: IsoDate | undefined; amount: () => Promise<Minor> } {
  if (opts.amount !== undefined) parseMoney(opts.amount, 'amount')
  const date = opts.date ? parseDate(opts.date, 'date', s.today) : undefined
  requireFlags(s.interactive, opts.amount ? [] : ['--amount'])
  return { date, amount: async () => parseMoney(opts.amount ?? (await ask()), 'amount') }
}
