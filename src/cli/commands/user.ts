import type { Command } from 'commander'
import { z, text, flag, oneOf } from '../flags.js'
import { ROLES, type Role } from '../../domain/roles.js'
import { addUser, mayAddUser } from '../../services/add-user.js'
import { editUser } from '../../services/edit-user.js'
import { requirePermission } from '../../services/context.js'
import { needsPin } from '../../services/manager-signoff.js'
import { maySetPin, setUserPin } from '../../services/set-user-pin.js'
import { findUser, listUsers } from '../../read/users.js'
import type { User } from '../../read/users.js'
import { table } from '../../render/table.js'
import { actorName, serviceContext, withSession } from '../context.js'
import { actorPin, managerPin, newPin, requirePins } from '../manager-pin.js'
import { validateOptions } from '../parse.js'
import { askSelect } from '../prompts.js'

const addSchema = z.object({ role: oneOf(ROLES), fullName: text(80), pin: flag() })
const editSchema = z.object({ role: oneOf(ROLES) })

const json = (u: User) => ({ name: u.name, role: u.role, fullName: u.full_name, pin: u.pin_hash !== null })
const roleChoices = () => ROLES.map((r) => ({ name: r, value: r }))

/**
 * `user add|edit|pin|list`: the people at the desk, their roles and PINs (SPEC §2). Every
 * change is a manager's sign-off (their PIN), except the very first user of an empty desk and
 * a user changing their own PIN with the current one.
 */
export function registerUser(program: Command): void {
  const user = program.command('user').description('desk users, their roles and PINs')

  user
    .command('add <name>')
    .description("add a user (a manager's sign-off; the first user of a new desk: a manager with a PIN, added by anyone)")
    .option('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--full-name <text>', "the person's full name")
    .option('--pin', "give the user a PIN (always for a manager): asked twice, hidden, or ORDERDESK_NEW_PIN")
    .action(async (name: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(addSchema, raw)
        const asName = actorName(s.opts)
        const actor = (await findUser(s.store.db, asName)) ?? null
        const ctx = { db: s.store.db, store: s.store, actor, actorName: asName, today: s.today, now: s.now }
        const { first } = await mayAddUser(ctx) // a stranger or a clerk is refused before anything is asked
        const signs = !first && needsPin({ actor: actor! })
        const fresh = (role: Role | undefined) =>
          role === 'manager' ? `${name}'s PIN: a manager needs one` : opts.pin ? `${name}'s PIN` : null
        requirePins(s, { current: signs ? `${asName}'s PIN` : null, fresh: fresh(opts.role) }, opts.role ? [] : ['--role'])
        const role: Role = opts.role ?? (await askSelect('Role', roleChoices()))
        const pin = signs ? await actorPin(s, actor!, `PIN for ${asName}`) : null
        const given = fresh(role) !== null ? await newPin(s, name) : null
        const u = await addUser(ctx, { name, role, fullName: opts.fullName ?? null, pin: given }, pin)
        s.out.result(json(u), () => '')
        s.out.done(`user ${u.name} added as ${u.role}${u.pin_hash ? ' (PIN set)' : ''}`)
      }, { anyUser: true }),
    )

  user
    .command('edit <name>')
    .description("change a user's role (a manager's sign-off; a manager needs a PIN; the last manager with a PIN stays one)")
    .option('--role <role>', `one of ${ROLES.join(', ')}`)
    .action(async (name: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(editSchema, raw)
        const ctx = await serviceContext(s)
        requirePermission(ctx, 'user.write', 'changing a role') // before anything is asked
        requirePins(s, { current: needsPin(ctx) ? `${ctx.actor.name}'s PIN` : null }, opts.role ? [] : ['--role'])
        const role: Role = opts.role ?? (await askSelect(`New role for ${name}`, roleChoices()))
        const r = await editUser(ctx, { name, role }, await managerPin(s, ctx))
        s.out.result({ ...json(r.user), previousRole: r.previousRole }, () => '')
        s.out.done(`user ${r.user.name} is now ${r.user.role} (was ${r.previousRole})`)
      }),
    )

  user
    .command('pin <name>')
    .description("set a PIN: your own with the current one, or anyone's as a manager (sign-off); the new PIN asked twice, hidden, or ORDERDESK_NEW_PIN")
    .action(async (name: string, _raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const ctx = await serviceContext(s)
        await maySetPin(ctx, name) // refused before anything is asked: a clerk setting another's PIN, a PIN-less user their own
        const self = name === ctx.actor.name
        const current = self ? ctx.actor.pin_hash !== null : needsPin(ctx)
        const label = `${ctx.actor.name}'s ${self ? 'current PIN' : 'PIN'}`
        requirePins(s, { current: current ? label : null, fresh: `${name}'s new PIN` })
        const pin = current ? await actorPin(s, ctx.actor, self ? `Current PIN for ${ctx.actor.name}` : `PIN for ${ctx.actor.name}`) : null
        const r = await setUserPin(ctx, { name, newPin: await newPin(s, name) }, pin)
        s.out.result({ ...json(r.user), change: r.change }, () => '')
        s.out.done(`PIN for ${r.user.name} ${r.change}`)
      }),
    )

  user
    .command('list')
    .description('list users')
    .action(async (_raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const users = await listUsers(s.store.db)
        s.out.result(
          users.map(json),
          () => table(['Name', 'Role', 'Full name', 'PIN'], users.map((u) => [u.name, u.role, u.full_name ?? '', u.pin_hash ? 'yes' : ''])),
        )
      }, { access: 'read' }),
    )
}
