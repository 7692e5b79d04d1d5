import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { addFeedback } from '../../../services/add-feedback.js'
import { action } from '../../action.js'
import { askFor } from '../../ask-for.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, note, wholeNumber, z } from '../../flags.js'
import { described } from '../../help.js'
import { printOrderResult } from '../../order-result.js'

export const schema = z.object({ rating: z.optional(wholeNumber('must be a whole number from 1 to 5')), comment: note(500), replace: flag() })
export type Options = Infer<typeof schema> & { order: string }

/** `feedback add <order> --rating`. */
export function register(feedback: Command): void {
  const cmd = feedback.command('add <order>').option('--rating <1-5>').option('--comment <text>').option('--replace')
  described(cmd, 'feedback add').action(action(schema, run))
}

/** Records the customer's rating of a delivered order, 1 to 5 (once per order unless --replace). */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  const rating = opts.rating ?? Number(await askFor(s, '--rating', 'Rating 1-5', { validate: (v) => (/^[1-5]$/.test(v) ? true : '1 to 5') }))
  await addFeedback(ctx, { number: opts.order, rating, comment: opts.comment, replace: opts.replace })
  await printOrderResult(s, opts.order)
  s.out.done(`feedback for order ${opts.order}: ${rating}/5`)
}
