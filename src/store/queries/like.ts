import type { Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'

/** A search term made safe for LIKE (wildcards dropped), or null when empty. */
export function likeTerm(term: string): string | null {
  const t = term.trim().replace(/[%_\\]/g, '')
  return t ? t : null
}

/**
 * The case-insensitive LIKE of the backend: SQLite's `like` ignores ASCII case already;
 * PostgreSQL's is case-sensitive, so it gets `ilike`.
 */
export function likeOp(db: Kysely<any>): 'like' | 'ilike' {
  return dialectOf(db) === 'postgres' ? 'ilike' : 'like'
}
