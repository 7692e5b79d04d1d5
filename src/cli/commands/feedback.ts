import type { Command } from 'commander'
import { addFeedback } from '../../services/add-feedback.js'
import { serviceContext, withSession } from '../context.js'
import { flag, note, text, wholeNumber, z } from '../flags.js'
import { orderResult, reloadOrder } from '../order-result.js'
import { validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const schema = z.object({ rating: z.optional(wholeNumber('must be a whole number from 1 to 5')), comment: note(500), replace: flag() })

/** `feedback add <order>`: the satisfaction survey after delivery. */
export function registerFeedback(program: Command): void {
  const feedback = program.command('feedback').description('customer satisfaction after delivery')
  feedback
    .command('add <order>')
    .description('record the customer\'s rating (once per order unless --replace)')
    .option('--rating <1-5>', 'satisfaction, 1 (bad) to 5 (excellent)')
    .option('--comment <text>', 'what the customer said')
    .option('--replace', 'replace earlier feedback')
    .action(async (order: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(schema, raw)
        requireFlags(s.interactive, opts.rating !== undefined ? [] : ['--rating'])
        const ctx = await serviceContext(s)
        const rating = opts.rating ?? Number(await askInput('Rating 1-5', { validate: (v) => (/^[1-5]$/.test(v) ? true : '1 to 5') }))
        await addFeedback(ctx, { number: order, rating, comment: opts.comment, replace: opts.replace })
        const agg = await reloadOrder(s, order)
        s.out.result(await orderResult(s, agg), () => '')
        s.out.done(`feedback for order ${order}: ${rating}/5`)
      }),
    )
}
