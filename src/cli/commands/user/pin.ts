import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
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
  const label = tr('user.pinOf', { user: ctx.actor.name, which: self ? 'current' : 'pin' })
  requirePins(s, { current: current ? label : null, fresh: tr('user.pinOf', { user: name, which: 'new' }) })
  const asked = self ? tr('user.askCurrentPin', { user: ctx.actor.name }) : tr('user.askPin', { user: ctx.actor.name })
  const pin = current ? await actorPin(s, ctx.actor, asked) : null
  const r = await setUserPin(ctx, { name, newPin: await newPin(s, name) }, pin)
  s.out.result({ ...userJson(r.user), change: r.change }, () => '')
  s.out.done(tr('user.pinDone', { user: r.user.name, change: r.change }))
}
