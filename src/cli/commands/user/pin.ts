import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { userJson } from '../../../render/user-view.js'
import { needsPin } from '../../../services/manager-signoff.js'
import { maySetPin, setUserPin } from '../../../services/set-user-pin.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'
import { actorPin, newPin, requirePins } from '../../manager-pin.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { name: string }

/** `user pin <name>`: your own PIN with the current one, or anyone's as a manager (sign-off). */
export function register(user: Command): void {
  described(user.command('pin <name>'), 'user pin').action(action(schema, run))
}

/**
 * Sets a PIN. Refused before anything is asked: a clerk setting another's PIN, a PIN-less
 * user their own. Then the current (or signing) PIN and the new one, asked twice.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const { name } = opts
  const ctx = await serviceContext(s)
  await maySetPin(ctx, name)
  const self = name === ctx.actor.name
  const current = self ? ctx.actor.pin_hash !== null : needsPin(ctx)
  const label = `${ctx.actor.name}'s ${self ? 'current PIN' : 'PIN'}`
  requirePins(s, { current: current ? label : null, fresh: `${name}'s new PIN` })
  const pin = current ? await actorPin(s, ctx.actor, self ? `Current PIN for ${ctx.actor.name}` : `PIN for ${ctx.actor.name}`) : null
  const r = await setUserPin(ctx, { name, newPin: await newPin(s, name) }, pin)
  s.out.result({ ...userJson(r.user), change: r.change }, () => '')
  s.out.done(`PIN for ${r.user.name} ${r.change}`)
}
