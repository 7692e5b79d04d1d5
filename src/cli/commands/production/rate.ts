import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { rateProduction } from '../../../services/rate-production.js'
import { action } from '../../action.js'
import { askFor } from '../../ask-for.js'
import { serviceContext, type Session } from '../../context.js'
import { note, wholeNumber, z } from '../../flags.js'
import { described } from '../../help.js'
import { printStep } from './step-result.js'

export const schema = z.object({ score: z.optional(wholeNumber(() => tr('production.scoreRange'))), comment: note(200) })
export type Options = Infer<typeof schema> & { mo: string }

/** `production rate <mo> --score`: the clerk's evaluation of MC's work. */
export function register(production: Command): void {
  const cmd = production.command('rate <mo>').option('--score <1-5>').option('--comment <text>')
  described(cmd, 'production rate').action(action(schema, run))
}

/** The clerk rates a finished production order 1 to 5, with a comment. */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  const score = opts.score ?? Number(await askFor(s, '--score', tr('production.askScore'), { validate: (v) => (/^[1-5]$/.test(v) ? true : tr('production.scoreHint')) }))
  await rateProduction(ctx, { number: opts.mo, score, comment: opts.comment })
  await printStep(s, opts.mo, tr('production.rated', { number: opts.mo, score }))
}
