import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { parseQty } from '../../../domain/item-spec.js'
import { tr } from '../../../messages/index.js'
import { completeProduction } from '../../../services/complete-production.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { str, z } from '../../flags.js'
import { described } from '../../help.js'
import { printStep } from './step-result.js'

export const schema = z.object({ qty: str(), rejected: str() })
export type Options = Infer<typeof schema> & { mo: string }

/** `production done <mo> [--qty] [--rejected]`: finished goods into the warehouse. */
export function register(production: Command): void {
  const cmd = production.command('done <mo>').option('--qty <n>').option('--rejected <n>')
  described(cmd, 'production done').action(action(schema, run))
}

/** MC reports goods finished (all that remains without --qty); the good ones are reserved for the order. */
export async function run(opts: Options, s: Session): Promise<void> {
  const qty = opts.qty === undefined ? null : parseQty(opts.qty, 'qty')
  const rejected = opts.rejected === undefined ? null : wholeRejected(opts.rejected)
  const r = await completeProduction(await serviceContext(s), { number: opts.mo, qty, rejected })
  const done = tr('production.reported', { number: opts.mo, good: r.good, rejected: r.rejected, remaining: r.remaining })
  await printStep(s, opts.mo, done, { good: r.good, rejected: r.rejected, remaining: r.remaining })
  if (r.orderStatus === 'ready') s.out.note(`  ${tr('production.orderReady')}`)
}

/** `--rejected <n>`: a whole number (0 allowed). */
function wholeRejected(text: string): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new ValidationError('rejected', text, tr('production.rejectedWhole'))
  return Number(text)
}
