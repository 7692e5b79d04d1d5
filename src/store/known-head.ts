import { readFileSync, statSync, type Stats } from 'node:fs'
import { z } from 'zod'
import { EnvironmentError, NotFoundError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { sqliteBinding, sqliteDriver } from './connection.js'
import { isSqliteFile } from './output-file.js'

/** The head of an audit chain as another record saw it: the last event's id and hash. */
export interface KnownHead {
  id: number
  hash: string
  /** Where it was read: the file given. */
  source: string
}

const head = z.object({ id: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
/** `report status --json` and `backup --json` (auditHead), older backups' `lastEvent`, `audit verify --json` (head). */
const record = z.union([
  z.object({ auditHead: head }).transform((r) => r.auditHead),
  z.object({ lastEvent: head }).transform((r) => r.lastEvent),
  z.object({ head }).transform((r) => r.head),
])

/**
 * Reads the audit head that `file` recorded: a backup (a SQLite desk: its own last event) or
 * the JSON of `report status --json`, `backup --json` or `audit verify --json`. Only reads.
 */
export async function readKnownHead(file: string): Promise<KnownHead> {
  let backup: boolean
  try {
    const st: Stats = statSync(file)
    if (st.isDirectory()) throw new ValidationError('--against', file, msg('audit.againstFolder', {}))
    backup = isSqliteFile(file, st)
  } catch (e) {
    if (e instanceof ValidationError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new NotFoundError('file', file)
    if (code) throw new EnvironmentError(msg('audit.cannotRead', { file, said: (e as Error).message }), 'cannot_read', { file })
    throw e
  }
  if (backup) return fromBackup(file)
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new ValidationError('--against', file, msg('audit.againstNotJson', {}))
  }
  const r = record.safeParse(value)
  if (!r.success) throw new ValidationError('--against', file, msg('audit.againstNoHead', {}))
  return { ...r.data, source: file }
}

/** A backup's own last event, read without changing the file (read-only, no journal switch). */
function fromBackup(file: string): KnownHead {
  const Driver = sqliteDriver()
  let db
  try {
    db = new Driver(file, { readonly: true, fileMustExist: true, nativeBinding: sqliteBinding() })
  } catch (e) {
    throw new EnvironmentError(msg('audit.cannotOpenBackup', { file, said: (e as Error).message }), 'cannot_open', { file })
  }
  try {
    const row = db.prepare('select id, hash from events order by id desc limit 1').get() as { id: number; hash: string } | undefined
    if (!row) throw new ValidationError('--against', file, msg('audit.backupNoEvents', {}))
    return { id: Number(row.id), hash: row.hash, source: file }
  } catch (e) {
    if (e instanceof ValidationError) throw e
    throw new ValidationError('--against', file, msg('audit.notABackup', { said: (e as Error).message }))
  } finally {
    db.close()
  }
}
