import { ValidationError } from '../domain/errors.js'
import { msg, type Msg } from '../domain/message.js'
import { PIN_MAX, PIN_MIN, validPin } from '../domain/pin.js'
import { tr } from '../messages/index.js'
import { needsPin } from '../services/manager-signoff.js'
import type { ServiceContext } from '../services/context.js'
import type { User } from '../read/users.js'
import type { StepName } from '../domain/order-status.js'
import { serviceContext, type Session } from './context.js'
import { precheckStep } from './order-result.js'
import { requireFlags } from './prompts.js'

/**
 * PINs are never flags (a flag shows in `ps` and the shell's history): the acting user's
 * current PIN comes from ORDERDESK_PIN, a new PIN from ORDERDESK_NEW_PIN, else each is asked
 * at a hidden prompt on a terminal; without either, exit 2 naming the variable.
 */

/** What a new PIN must be (`user.pinRule`). */
const PIN_RULE = msg('user.pinRule', { min: PIN_MIN, max: PIN_MAX })

/** The acting manager's PIN for a sign-off: ORDERDESK_PIN, else a hidden prompt on a terminal. */
export async function managerPin(s: Session, ctx: Pick<ServiceContext, 'actor'>): Promise<string | null> {
  if (!needsPin(ctx)) return null
  return actorPin(s, ctx.actor, tr('common.pinFor', { user: ctx.actor.name }))
}

/** The acting user's current PIN: ORDERDESK_PIN, else asked (`message`) on a terminal. */
export async function actorPin(s: Session, actor: User, message: string): Promise<string> {
  const env = process.env.ORDERDESK_PIN
  if (env !== undefined) return env
  requireFlags(s.interactive, [msg('common.pinVariable', { variable: 'ORDERDESK_PIN', holds: msg('common.pinOf', { user: actor.name }) })])
  return s.prompt.password(message, (v) => (v ? true : tr('common.typePin')))
}

/** A new PIN for `name`: ORDERDESK_NEW_PIN, else asked twice, hidden, on a terminal. */
export async function newPin(s: Session, name: string): Promise<string> {
  const env = process.env.ORDERDESK_NEW_PIN
  if (env !== undefined) {
    if (!validPin(env)) throw new ValidationError('ORDERDESK_NEW_PIN', '****', msg('user.pinRule', { min: PIN_MIN, max: PIN_MAX }))
    return env
  }
  requireFlags(s.interactive, [msg('common.pinVariable', { variable: 'ORDERDESK_NEW_PIN', holds: msg('common.newPinOf', { user: name }) })])
  const check = (v: string) => (validPin(v) ? true : tr('common.pinBreaksRule', { rule: PIN_RULE }))
  const first = await s.prompt.password(tr('common.newPinFor', { user: name }), check)
  const again = await s.prompt.password(tr('common.newPinAgain'), check)
  if (first !== again) throw new ValidationError('PIN', '****', msg('common.pinsDiffer', {}))
  return first
}

/**
 * Exit 2 naming every PIN a non-interactive run lacks, before anything is asked or checked:
 * `current` the acting user's (label: `msg('common.pinOf', { user })`), `fresh` a new one
 * (`msg('common.newPinOf', { user })`); `flags` other missing flags.
 */
export function requirePins(s: Session, need: { current?: string | Msg | null; fresh?: string | Msg | null }, flags: string[] = []): void {
  const missing: (string | Msg)[] = [...flags]
  if (need.current && process.env.ORDERDESK_PIN === undefined) missing.push(msg('common.pinVariable', { variable: 'ORDERDESK_PIN', holds: need.current }))
  if (need.fresh && process.env.ORDERDESK_NEW_PIN === undefined) missing.push(msg('common.pinVariable', { variable: 'ORDERDESK_NEW_PIN', holds: need.fresh }))
  requireFlags(s.interactive, missing)
}

/**
 * What a manager's sign-off of a step on an order needs before its use case runs: the service
 * context, the order refused if the step cannot run in its state (before the PIN is asked),
 * then the PIN.
 */
export async function signoffOnOrder(s: Session, number: string, step: StepName): Promise<{ ctx: ServiceContext; pin: string | null }> {
  const ctx = await serviceContext(s)
  await precheckStep(s, number, step)
  return { ctx, pin: await managerPin(s, ctx) }
}
