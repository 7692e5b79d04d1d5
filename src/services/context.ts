import type { Kysely } from 'kysely'
import { RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { Doing } from '../domain/messages/user.js'
import { may, type Permission, type Role } from '../domain/roles.js'
import type { IsoDate } from '../domain/dates.js'
import type { Store } from '../store/connection.js'
import type { Database, User } from '../store/schema.js'

/** What every use case gets: the database, who acts, and the business date. */
export interface ServiceContext {
  db: Kysely<Database>
  /** The open desk `db` belongs to: for what needs the driver itself (online backup, the importer's bulk writer). */
  store: Store
  actor: User
  today: IsoDate
  /** Wall-clock timestamp for audit events (ISO-8601 UTC). */
  now(): string
}

/**
 * Refuses (exit 4) unless the acting user's role carries the permission; `doing` names what
 * was refused (`customer.add`: "adding a customer", worded by the catalogue).
 */
export function requirePermission(ctx: ServiceContext, permission: Permission, doing: Doing): void {
  if (!may(ctx.actor.role as Role, permission)) {
    throw new RefusedError(msg('user.forbidden', { user: ctx.actor.name, role: ctx.actor.role, permission, doing }), 'forbidden', {
      user: ctx.actor.name,
      role: ctx.actor.role,
    })
  }
}
