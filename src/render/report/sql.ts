import type { CompiledQuery } from 'kysely'
import { msg } from '../../domain/message.js'
import { t } from '../../messages/index.js'

/** A query with its parameters written in, for the sqlite3 shell (`--sql`). */
export function inlineSql(q: CompiledQuery): string {
  const lit = (v: unknown) =>
    v === null || v === undefined ? 'NULL' : typeof v === 'number' || typeof v === 'bigint' ? String(v) : `'${String(v).replace(/'/g, "''")}'`
  let i = 0
  return `${q.sql.replace(/\?|\$(\d+)/g, (_m, n: string | undefined) => lit(q.parameters[n ? Number(n) - 1 : i++]))};`
}

/** `report status --sql`: the statements the report ran on `date`, as one script in one read transaction. */
export function renderSql(date: string, queries: CompiledQuery[]): string {
  return [t(msg('report.sqlHeading', { date, queries: queries.length })), 'BEGIN;', ...queries.map(inlineSql), 'COMMIT;', ''].join('\n')
}
