import { describe, expect, it } from 'vitest'
import { LATEST_MIGRATION, MIGRATIONS } from '../../src/store/migrations/index.js'
import { LATEST_MIGRATION_HINT } from '../../src/store/migrations/latest.js'

describe('migrations', () => {
  it('are named in the order they run, and latest.ts names the newest', () => {
    const names = Object.keys(MIGRATIONS)
    expect(names).toEqual([...names].sort())
    expect(names.every((n) => /^\d{4}-[a-z0-9-]+$/.test(n))).toBe(true)
    expect(LATEST_MIGRATION_HINT).toBe(LATEST_MIGRATION)
  })
})
