import type { Command } from 'commander'
import { z, text, flag, oneOf } from '../flags.js'
import { ValidationError } from '../../domain/errors.js'
import { validPin } from '../../domain/pin.js'
import { ROLES, type Role } from '../../domain/roles.js'
import { addUser } from '../../services/add-user.js'
import { findUser, listUsers } from '../../store/queries/users.js'
import { table } from '../../render/table.js'
import { actorName, withSession } from '../context.js'
import { validateOptions } from '../parse.js'
import { askPassword, askSelect, requireFlags } from '../prompts.js'

const addSchema = z.object({ role: oneOf(ROLES), fullName: text(80), pin: flag() })

/** `user add|list`: the people at the desk and their roles (SPEC §2). */
export function registerUser(program: Command): void {
  const user = program.command('user').description('desk users and their roles')

  user
    .command('add <name>')
    .description('add a user (the first user of a new database may be added by anyone; then managers only)')
    .option('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--full-name <text>', 'the person\'s full name')
    .option('--pin', 'set a PIN for sign-offs: asked twice, hidden (or ORDERDESK_NEW_PIN)')
    .action(async (name: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(addSchema, raw)
        requireFlags(s.interactive, opts.role ? [] : ['--role'])
        const role: Role = opts.role ?? (await askSelect('Role', ROLES.map((r) => ({ name: r, value: r }))))
        let pin: string | null = null
        if (opts.pin) {
          const fromEnv = process.env.ORDERDESK_NEW_PIN
          if (fromEnv !== undefined) {
            if (!validPin(fromEnv)) throw new ValidationError('ORDERDESK_NEW_PIN', '****', 'must be 4 to 12 digits')
            pin = fromEnv
          } else {
            requireFlags(s.interactive, ['ORDERDESK_NEW_PIN (or a terminal to type the PIN)'])
            const check = (v: string) => (validPin(v) ? true : 'PIN must be 4 to 12 digits')
            const first = await askPassword('PIN', check)
            const again = await askPassword('PIN again', check)
            if (first !== again) throw new ValidationError('pin', '****', 'the two PINs differ')
            pin = first
          }
        }
        const asName = actorName(s.opts)
        const actor = (await findUser(s.store.db, asName)) ?? null
        const u = await addUser(
          { db: s.store.db, actor, actorName: asName, today: s.today, now: s.now },
          { name, role, fullName: opts.fullName ?? null, pin },
        )
        s.out.result({ name: u.name, role: u.role, fullName: u.full_name, pin: u.pin_hash !== null }, () => '')
        s.out.done(`user ${u.name} added as ${u.role}${u.pin_hash ? ' (PIN set)' : ''}`)
      }, { anyUser: true }),
    )

  user
    .command('list')
    .description('list users')
    .action(async (_raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const users = await listUsers(s.store.db)
        s.out.result(
          users.map((u) => ({ name: u.name, role: u.role, fullName: u.full_name, pin: u.pin_hash !== null })),
          () => table(['Name', 'Role', 'Full name', 'PIN'], users.map((u) => [u.name, u.role, u.full_name ?? '', u.pin_hash ? 'yes' : ''])),
        )
      }, { access: 'read' }),
    )
}
