import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { addFeedback } from '../../../services/add-feedback.js'
import { action } from '../../action.js'
import { askFor } from '../../ask-for.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, note, str, z } from '../../flags.js'
import { described } from '../../help.js'
import { printOrderResult } from '../../order-result.js'

export const schema = z.object({ rating: str(), comment: note(500), replace: flag() })
export type Options = Infer<typeof schema> & { order: string }

/** `feedback add <order> --rating`. */
export function register(feedback: Command): void {
  const cmd = feedback.command('add <order>').option('--rating <1-5>').option('--comment <text>').option('--replace')
  described(cmd, 'feedback add').action(action(schema, run))
}

/**
 * `--rating` as a whole number (its range is the use case's rule). Checked here, not in the
 * schema, whose texts are made before the desk's language is known.
 */
function ratingOf(given: string): number {
  if (!/^\d+$/.test(given) || !Number.isSafeInteger(Number(given))) throw new ValidationError('--rating', given, msg('aftersales.ratingRange', {}))
  return Number(given)
}

/** Records the customer's rating of a delivered order, 1 to 5 (once per order unless --replace). */
export async function run(opts: Options, s: Session): Promise<void> {
  const given = opts.rating !== undefined ? ratingOf(opts.rating) : undefined
  const ctx = await serviceContext(s)
  const rating = given ?? Number(await askFor(s, '--rating', tr('aftersales.askRating'), { validate: (v) => (/^[1-5]$/.test(v) ? true : tr('aftersales.ratingHint')) }))
  await addFeedback(ctx, { number: opts.order, rating, comment: opts.comment, replace: opts.replace })
  await printOrderResult(s, opts.order)
  s.out.done(tr('aftersales.feedbackRecorded', { order: opts.order, rating }))
}
