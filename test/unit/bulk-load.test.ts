import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BULK_CACHE_KIB, BULK_CHECKPOINT_PAGES, bulkLoadSettings } from '../../src/store/bulk-load.js'

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
  const cacheOf = (db: Database.Database) => db.pragma('cache_size', { simple: true })

  it('spaces the WAL checkpoints and sizes the page cache for the load, then puts both back', () => {
    const db = open()
    db.pragma('wal_autocheckpoint = 500')
    db.pragma('cache_size = -3000')
    const restore = bulkLoadSettings({ sqlite: db })
    expect(checkpointOf(db)).toBe(BULK_CHECKPOINT_PAGES)
    expect(cacheOf(db)).toBe(-BULK_CACHE_KIB)
    restore()
    expect(checkpointOf(db)).toBe(500)
    expect(cacheOf(db)).toBe(-3000)
    db.close()
  })

  it('leaves other connections to the same desk as they are', () => {
    const a = open()
    const b = new Database(a.name)
    const cacheBefore = cacheOf(b)
    const restore = bulkLoadSettings({ sqlite: a })
    expect(checkpointOf(a)).toBe(BULK_CHECKPOINT_PAGES)
    expect(checkpointOf(b)).toBe(1000)
    expect(cacheOf(b)).toBe(cacheBefore)
    restore()
    a.close()
    b.close()
  })

  it('does nothing without a SQLite handle (PostgreSQL, --dry-run)', () => {
    expect(() => bulkLoadSettings(null)()).not.toThrow()
    expect(() => bulkLoadSettings({ sqlite: null })()).not.toThrow()
  })
})
