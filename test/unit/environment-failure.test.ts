import { beforeAll, describe, expect, it } from 'vitest'
import { installWords } from '../../src/messages/index.js'
import { environmentFailure } from '../../src/store/environment.js'

beforeAll(() => installWords())

const err = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('environmentFailure: what stops an import with exit 6 and its summary', () => {
  it.each([
    ['SQLITE_FULL', 'database or disk is full', 'disk_full', 'the disk is full (database or disk is full)'],
    ['ENOSPC', 'no space left on device', 'disk_full', 'the disk is full (no space left on device)'],
    ['53100', 'could not extend file', 'disk_full', 'the disk is full (could not extend file)'],
    ['SQLITE_IOERR_WRITE', 'disk I/O error', 'io_error', 'the disk or file system failed (disk I/O error)'],
    ['SQLITE_READONLY', 'attempt to write a readonly database', 'read_only', 'the desk cannot be written (attempt to write a readonly database)'],
    ['57P01', 'terminating connection due to administrator command', 'connection_lost', 'the connection to the database server was lost (terminating connection due to administrator command)'],
    ['08006', 'connection failure', 'connection_lost', 'the connection to the database server was lost (connection failure)'],
  ])('%s → %s', (code, message, kind, reason) => {
    expect(environmentFailure(err(code, message))).toEqual({ code: kind, reason })
  })

  it('a lost pg connection without a code', () => {
    expect(environmentFailure(new Error('Connection terminated unexpectedly'))?.code).toBe('connection_lost')
  })

  it.each([['SQLITE_CONSTRAINT_UNIQUE'], ['SQLITE_BUSY'], ['23505'], ['40001'], ['ENOENT']])('%s is not one', (code) => {
    expect(environmentFailure(err(code))).toBeNull()
  })

  it('nor a plain bug or a thrown non-error', () => {
    expect(environmentFailure(new TypeError('x is undefined'))).toBeNull()
    expect(environmentFailure(null)).toBeNull()
    expect(environmentFailure('boom')).toBeNull()
  })
})
