import { needsPin } from '../services/manager-signoff.js'
import type { ServiceContext } from '../services/context.js'
import type { Session } from './context.js'
import { askPassword, requireFlags } from './prompts.js'

/** The acting manager's PIN for a sign-off: ORDERDESK_PIN, else a hidden prompt on a terminal. */
export async function managerPin(s: Session, ctx: ServiceContext): Promise<string | null> {
  if (!needsPin(ctx)) return null
  const env = process.env.ORDERDESK_PIN
  if (env !== undefined) return env
  requireFlags(s.interactive, [`ORDERDESK_PIN (${ctx.actor.name}'s PIN)`])
  return askPassword(`PIN for ${ctx.actor.name}`, (v) => (v ? true : 'type the PIN'))
}
