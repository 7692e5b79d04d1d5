import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BULK_CHECKPOINT_PAGES, bulkLoadSettings } from '../../src/store/bulk-load.js'

describe('bulkLoadSettings', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  })

  const open = () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderdesk-bulk-'))
    dirs.push(dir)
    const db = new Database(join(dir, 'desk.db'))
    db.pragma('journal_mode = WAL')
    return db
  }
  const checkpointOf = (db: Database.Database) => db.pragma('wal_autocheckpoint', { simple: true })

  it('spaces the WAL checkpoints for the load, then puts the setting back', () => {
    const db = open()
    db.pragma('wal_autocheckpoint = 500')
    const restore = bulkLoadSettings(db)
    expect(checkpointOf(db)).toBe(BULK_CHECKPOINT_PAGES)
    restore()
    expect(checkpointOf(db)).toBe(500)
    db.close()
  })

  it('leaves other connections to the same desk as they are', () => {
    const a = open()
    const b = new Database(a.name)
    const restore = bulkLoadSettings(a)
    expect(checkpointOf(a)).toBe(BULK_CHECKPOINT_PAGES)
    expect(checkpointOf(b)).toBe(1000)
    restore()
    a.close()
    b.close()
  })

  it('does nothing without a SQLite handle (PostgreSQL, --dry-run)', () => {
    expect(() => bulkLoadSettings(null)()).not.toThrow()
  })
})
