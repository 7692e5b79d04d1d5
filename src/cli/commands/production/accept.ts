import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseDate } from '../../../domain/dates.js'
import { tr } from '../../../messages/index.js'
import { acceptProduction } from '../../../services/accept-production.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { str, z } from '../../flags.js'
import { described } from '../../help.js'
import { requireFlags } from '../../prompts.js'
import { printStep } from './step-result.js'

export const schema = z.object({ date: str() })
export type Options = Infer<typeof schema> & { mo: string }

/** `production accept <mo> --date`: MC takes the work on. */
export function register(production: Command): void {
  const cmd = production.command('accept <mo>').option('--date <date>')
  described(cmd, 'production accept').action(action(schema, run))
}

/** MC accepts a production order and commits a completion date; a date after the promised one flags the order at risk. */
export async function run(opts: Options, s: Session): Promise<void> {
  if (opts.date) parseDate(opts.date, 'date', s.today)
  requireFlags(s.interactive, opts.date ? [] : ['--date'])
  const ctx = await serviceContext(s)
  const date = parseDate(opts.date ?? (await s.prompt.input(tr('production.askDate'))), 'date', s.today)
  const r = await acceptProduction(ctx, { number: opts.mo, date })
  await printStep(s, opts.mo, tr('production.accepted', { number: opts.mo, date, orderStatus: r.orderStatus }), { atRisk: r.atRisk })
  if (r.atRisk) s.out.warn(tr('production.atRisk', { date }))
}
