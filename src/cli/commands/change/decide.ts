import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseDate } from '../../../domain/dates.js'
import { ValidationError } from '../../../domain/errors.js'
import { tr } from '../../../messages/index.js'
import { decideChange } from '../../../services/decide-change.js'
import { changeJson } from '../../../render/change-json.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { note, oneOf, str, z } from '../../flags.js'
import { described } from '../../help.js'
import { requireFlags } from '../../prompts.js'
import { changeNow, nextTellCustomer } from './change-now.js'

export const schema = z.object({ mc: oneOf(['agree', 'refuse'] as const), date: str(), reason: note(200) })
export type Options = Infer<typeof schema> & { change: string }

/** `change decide <change> --mc agree|refuse`: MC's answer to a plan change form. */
export function register(change: Command): void {
  const cmd = change.command('decide <change>').option('--mc <decision>').option('--date <date>').option('--reason <text>')
  described(cmd, 'change decide').action(action(schema, run))
}

/** MC agrees (with the delivery date it can make) or refuses (saying why); never asked at a prompt. */
export async function run(opts: Options, s: Session): Promise<void> {
  requireFlags(false, [
    ...(opts.mc ? [] : ['--mc agree|refuse']),
    ...(opts.mc === 'agree' && !opts.date ? ['--date'] : []),
    ...(opts.mc === 'refuse' && !opts.reason ? ['--reason'] : []),
  ])
  if (opts.mc === 'agree' && opts.reason) throw new ValidationError('--reason', opts.reason, tr('change.reasonWithRefuse'))
  const date = opts.date ? parseDate(opts.date, 'date', s.today) : null
  const r = await decideChange(await serviceContext(s), { change: opts.change, decision: opts.mc!, date, reason: opts.reason })
  s.out.result({ change: changeJson(await changeNow(s, r.change)) }, () => '')
  if (r.status === 'mc_agreed') {
    s.out.done(tr('change.mcAgrees', { change: r.change, date }))
    nextTellCustomer(s, r.change)
  } else s.out.done(tr('change.mcRefuses', { change: r.change, reason: opts.reason }))
}
