import type { Kysely } from 'kysely'
import { RefusedError } from '../domain/errors.js'
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

/** Refuses (exit 4) unless the acting user's role carries the permission. */
export function requirePermission(ctx: ServiceContext, permission: Permission, what: string): void {
  if (!may(ctx.actor.role as Role, permission)) {
    throw new RefusedError(
      `${ctx.actor.name} is ${ctx.actor.role}; ${what} needs role ${permissionRoles(permission)}`,
      'forbidden',
      { user: ctx.actor.name, role: ctx.actor.role },
    )
  }
}

function permissionRoles(p: Permission): string {
  return PERMISSION_TEXT[p]
}

const PERMISSION_TEXT: Record<Permission, string> = {
  'master.write': 'clerk or manager',
  'user.write': 'manager',
  'stock.write': 'clerk, manager or mc',
  'inquiry.write': 'clerk or manager',
  'contract.sign': 'clerk or manager',
  'settings.write': 'manager',
  'payment.record': 'clerk, finance or manager',
  'production.work': 'mc',
  'production.manage': 'clerk or manager',
  'shipping.plan': 'clerk or manager',
  'shipping.move': 'logistics, clerk or manager',
  'invoice.issue': 'finance or manager',
  'aftersales': 'clerk or manager',
}
