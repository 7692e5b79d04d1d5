import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { reportProgress } from '../../../services/report-progress.js'
import { action } from '../../action.js'
import { askFor } from '../../ask-for.js'
import { serviceContext, type Session } from '../../context.js'
import { note, wholeNumber, z } from '../../flags.js'
import { described } from '../../help.js'
import { printStep } from './step-result.js'

export const schema = z.object({ percent: z.optional(wholeNumber(() => tr('production.percentRange'))), note: note(200) })
export type Options = Infer<typeof schema> & { mo: string }

/** `production progress <mo> --percent`: how far MC is. */
export function register(production: Command): void {
  const cmd = production.command('progress <mo>').option('--percent <n>').option('--note <text>')
  described(cmd, 'production progress').action(action(schema, run))
}

/** MC reports progress in percent, with a note of what happened. */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  const percent = opts.percent ?? Number(await askFor(s, '--percent', tr('production.askPercent'), { validate: (v) => (/^\d{1,3}$/.test(v) && Number(v) <= 100 ? true : tr('production.percentHint')) }))
  await reportProgress(ctx, { number: opts.mo, percent, note: opts.note })
  await printStep(s, opts.mo, tr('production.progressed', { number: opts.mo, percent }))
}
