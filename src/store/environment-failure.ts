/**
 * Errors with which the environment stops a write half-way — the disk is full, the disk or
 * file system fails, the desk became read-only, the database server went away — as opposed
 * to bugs and the user's input. The import uses this to end its run with a summary of what
 * was committed (exit 6) instead of an internal error.
 */
export interface EnvironmentFailure {
  code: 'disk_full' | 'io_error' | 'read_only' | 'connection_lost'
  /** In words, with the driver's own message. */
  reason: string
}

/** PostgreSQL SQLSTATEs: disk full, I/O error, the connection or the server gone. */
const PG_FAILURES: Record<string, EnvironmentFailure['code']> = {
  '53100': 'disk_full',
  '58030': 'io_error',
  '25006': 'read_only',
  '57P01': 'connection_lost',
  '57P02': 'connection_lost',
  '57P03': 'connection_lost',
}

const WORDS: Record<EnvironmentFailure['code'], string> = {
  disk_full: 'the disk is full',
  io_error: 'the disk or file system failed',
  read_only: 'the desk cannot be written',
  connection_lost: 'the connection to the database server was lost',
}

/** What stopped the write, or null when `e` is not an environment failure. */
export function environmentFailure(e: unknown): EnvironmentFailure | null {
  const err = e as { code?: unknown; message?: unknown } | null
  const code = typeof err?.code === 'string' ? err.code : ''
  const message = typeof err?.message === 'string' ? err.message : String(e)
  let kind: EnvironmentFailure['code'] | null = null
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') kind = 'disk_full'
  else if (code.startsWith('SQLITE_IOERR') || code === 'EIO') kind = 'io_error'
  else if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') kind = 'read_only'
  else if (PG_FAILURES[code]) kind = PG_FAILURES[code]!
  else if (code.startsWith('08') && code.length === 5) kind = 'connection_lost'
  else if (/^Connection terminated/.test(message) || code === 'ECONNRESET') kind = 'connection_lost'
  return kind ? { code: kind, reason: `${WORDS[kind]} (${message})` } : null
}
