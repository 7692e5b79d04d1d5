import { homedir, userInfo } from 'node:os'
import { join } from 'node:path'
import type { Command } from 'commander'
import { RefusedError, UsageError, ValidationError } from '../domain/errors.js'
import { isValidDate, type IsoDate } from '../domain/dates.js'
import { msg } from '../domain/message.js'
import type { ServiceContext } from '../services/context.js'
import { environmentError, findActor, isPostgresUrl, openDesk, type Desk, type DeskAccess, type User } from '../services/desk.js'
import { deskLanguage } from '../read/desk-language.js'
import { useDeskLanguage } from './language.js'
import { Output } from './output.js'
import { terminalPrompter, type Prompter } from './prompts.js'

/** The global options of SPEC §5, accepted before or after the subcommand. */
export interface GlobalOptions {
  db?: string
  as?: string
  json?: boolean
  /** The language of the words (cli/language.ts reads it from argv before commander does). */
  lang?: string
  input?: boolean
  yes?: boolean
  color?: boolean
}

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions
}

/**
 * `--db`, else ORDERDESK_DB, else `$XDG_DATA_HOME/orderdesk/orderdesk.db`. A path is a SQLite
 * file; a `postgres://` (or `postgresql://`) URL is a PostgreSQL database.
 */
export function databasePath(opts: GlobalOptions): string {
  if (opts.db) return opts.db
  if (process.env.ORDERDESK_DB) return process.env.ORDERDESK_DB
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share')
  return join(base, 'orderdesk', 'orderdesk.db')
}

/** The desk's SQLite file that no output may overwrite: null for PostgreSQL (and an in-memory desk). */
export function deskFile(target: string): string | null {
  return isPostgresUrl(target) || target === ':memory:' || target === '' ? null : target
}

/** The business date: ORDERDESK_TODAY, else the local calendar date. */
export function businessDate(): IsoDate {
  const fixed = process.env.ORDERDESK_TODAY
  if (fixed) {
    if (!isValidDate(fixed)) throw new UsageError(msg('common.invalidValue', { field: 'ORDERDESK_TODAY', value: fixed, reason: msg('common.notADate', {}) }))
    return fixed
  }
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function actorName(opts: GlobalOptions): string {
  if (opts.as) return opts.as
  if (process.env.ORDERDESK_USER) return process.env.ORDERDESK_USER
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}

/** Prompts only when stdin and stdout are terminals and neither --no-input nor ORDERDESK_NO_INPUT=1 is set. */
export function isInteractive(opts: GlobalOptions): boolean {
  if (opts.input === false) return false
  const env = process.env.ORDERDESK_NO_INPUT
  if (env && env !== '0' && env !== 'false') return false
  return Boolean(process.stdin.isTTY && process.stdout.isTTY)
}

/** SQLite's busy timeout is a C int of milliseconds. */
const MAX_BUSY_TIMEOUT_MS = 2_147_483_647

/** ORDERDESK_BUSY_TIMEOUT_MS (unset or empty: 10 s): a whole number of milliseconds, else exit 2. */
export function busyTimeoutMs(): number {
  const text = process.env.ORDERDESK_BUSY_TIMEOUT_MS
  if (text === undefined || text === '') return 10_000
  const v = Number(text)
  if (!/^\d+$/.test(text) || v > MAX_BUSY_TIMEOUT_MS) {
    throw new ValidationError('ORDERDESK_BUSY_TIMEOUT_MS', text, msg('desk.busyTimeoutRule', { max: MAX_BUSY_TIMEOUT_MS }))
  }
  return v
}

export function outputFor(cmd: Command): Output {
  const g = globals(cmd)
  return new Output({ json: Boolean(g.json), color: g.color !== false })
}

/**
 * What a command's `run(opts, s)` gets: the open desk, the global options, where output goes,
 * who to ask (and whether asking is allowed), the business date and the clock. The terminal
 * fills it in `withSession`; an in-process test fills it with a buffer and scripted answers.
 */
export interface Session {
  store: Desk
  /** The acting user, once looked up (one query per command). */
  actor?: User
  opts: GlobalOptions
  out: Output
  /** Asks the person at the terminal (only when `interactive`). */
  prompt: Prompter
  interactive: boolean
  today: IsoDate
  now(): string
}

/** How a command uses the desk (see `openDeskFor`): default `write`. */
export interface DeskUse {
  /** `read`: the command only reads (the desk is opened read-only and never changed); `init` may create it. */
  access?: DeskAccess
  /** A read that also works on a desk of an older schema, copying it as it is (`backup`). */
  olderSchemaOk?: boolean
}

/** Opens the database for a command: read-only, or for writing (migrating it if needed), or creating it (`init`). */
export async function openSession(cmd: Command, use: DeskUse = {}): Promise<Session> {
  const opts = globals(cmd)
  const today = businessDate()
  const store = await openDesk(databasePath(opts), { busyTimeoutMs: busyTimeoutMs(), access: use.access ?? 'write', olderSchemaOk: use.olderSchemaOk })
  // the desk's own language, unless --lang or ORDERDESK_LANG chose (a new desk has none yet;
  // every schema has the settings table, so `init` on an existing desk and `backup` of an older one speak it too)
  await useDeskLanguage(() => deskLanguage(store.db))
  return {
    store,
    opts,
    out: outputFor(cmd),
    prompt: terminalPrompter,
    interactive: isInteractive(opts),
    today,
    now: () => new Date().toISOString(),
  }
}

/** The acting user, who must exist in the users table. */
export async function actingUser(s: Session): Promise<User> {
  if (s.actor) return s.actor
  const name = actorName(s.opts)
  const user = await findActor(s.store, name)
  if (!user) {
    throw new RefusedError(msg('common.unknownUser', { user: name }), 'unknown_user', { user: name })
  }
  s.actor = user
  return user
}

/** A service context for the acting user. */
export async function serviceContext(s: Session): Promise<ServiceContext> {
  return { db: s.store.db, store: s.store, actor: await actingUser(s), today: s.today, now: s.now }
}

/**
 * Runs a command body with an open session and closes the database afterwards. What the
 * environment refuses on the way (a full disk, a read-only file, a lost server) becomes one
 * line naming the desk (exit 6).
 *
 * @example
 * .action((opts, cmd) => withSession(cmd, async (s) => { ... }, { access: 'read' }))
 * // `anyUser`: for init and user add, which may run before any user exists
 * // `access: 'read'` for commands that only read; `'init'` for init alone
 */
export async function withSession(
  cmd: Command,
  body: (s: Session) => Promise<void>,
  opts: { anyUser?: boolean } & DeskUse = {},
): Promise<void> {
  const s = await openSession(cmd, opts)
  try {
    // SPEC §2: the acting user must exist (init and the very first `user add` excepted).
    if (!opts.anyUser) await actingUser(s)
    await body(s)
  } catch (e) {
    throw environmentError(e, { path: s.store.path, access: opts.access ?? 'write' }) ?? e
  } finally {
    await s.store.close()
  }
}
