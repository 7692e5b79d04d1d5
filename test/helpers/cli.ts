import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execa, execaSync } from 'execa'

/** The built CLI (`npm test` builds first); ORDERDESK_TEST_BIN points at another build. */
export const BIN = process.env.ORDERDESK_TEST_BIN ?? fileURLToPath(new URL('../../bin/orderdesk', import.meta.url))
export const TODAY = '2026-11-26'
/** The demo manager wang's PIN (init --demo). */
export const DEMO_PIN = '123456'

export interface RunResult {
  stdout: string
  stderr: string
  exitCode: number
}

/** Which backend the desks of this run live on: ORDERDESK_TEST_BACKEND=pg selects PostgreSQL. */
export const BACKEND: 'sqlite' | 'pg' = process.env.ORDERDESK_TEST_BACKEND === 'pg' ? 'pg' : 'sqlite'
export const isPg = BACKEND === 'pg'

export interface Desk {
  dir: string
  /** The database: a SQLite file path, or a postgres:// URL on the PostgreSQL backend. */
  db: string
  backend: 'sqlite' | 'pg'
  /**
   * Runs one SQL statement against the desk's database directly (`?` placeholders on both
   * backends) and gives the rows: for tests that look under the hood or tamper.
   */
  query<T = any>(sqlText: string, params?: unknown[]): Promise<T[]>
  /** Takes the desk's write lock as another orderdesk would (until `release`). */
  holdWriteLock(): Promise<{ release(): Promise<void> }>
  /** Several statements on one connection in one transaction (`q` as `query`). */
  tx<T>(fn: (q: <R = any>(sqlText: string, params?: unknown[]) => Promise<R[]>) => Promise<T>): Promise<T>
  /** Runs `orderdesk ...args` against this desk's database, as `user` (default li, a clerk). */
  run(args: string[], opts?: { user?: string; env?: Record<string, string | undefined>; input?: string }): Promise<RunResult>
  /** Runs with --json, expects exit 0 and returns the parsed stdout. */
  json<T = any>(args: string[], opts?: { user?: string; env?: Record<string, string | undefined> }): Promise<T>
  cleanup(): void
}

let template: string | null = null

/** A demo database made once per worker and copied for each desk (init --demo is not free). */
function demoTemplate(): string {
  if (template && existsSync(template)) return template
  const dir = mkdtempSync(join(tmpdir(), 'orderdesk-template-'))
  template = join(dir, 'demo.db')
  execaSync('node', [BIN, 'init', '--demo'], { env: { ORDERDESK_DB: template, ORDERDESK_TODAY: TODAY, NO_COLOR: '1' } })
  return template
}

/**
 * A fresh temporary desk: an empty desk (`demo: false`: made by `init`, the schema without users
 * or data — only init creates a desk), (default) a copy of the demo database, or a copy of
 * another desk (`copyOf`; no command may be running on it).
 *
 * @example
 * const desk = await tempDesk()
 * const r = await desk.run(['order', 'list'])
 */
export async function tempDesk(opts: { demo?: boolean; copyOf?: Desk } = {}): Promise<Desk> {
  const dir = mkdtempSync(join(tmpdir(), 'orderdesk-test-'))
  let db = join(dir, 'desk.db')
  let query: Desk['query']
  let tx: Desk['tx']
  let holdWriteLock: Desk['holdWriteLock']
  let drop = async () => {}
  if (isPg) {
    const { pgDesk } = await import('./pg.js')
    const d = await pgDesk(opts.demo !== false, opts.copyOf ? new URL(opts.copyOf.db).pathname.slice(1) : undefined)
    db = d.url
    query = d.query
    tx = d.tx
    holdWriteLock = d.holdWriteLock
    drop = d.drop
  } else {
    if (opts.copyOf) {
      copyFileSync(opts.copyOf.db, db)
      if (existsSync(`${opts.copyOf.db}-wal`)) copyFileSync(`${opts.copyOf.db}-wal`, `${db}-wal`)
    } else if (opts.demo !== false) copyFileSync(demoTemplate(), db)
    const on = (h: import('better-sqlite3').Database) => async (sqlText: string, params: unknown[] = []) => {
      const stmt = h.prepare(sqlText)
      return (stmt.reader ? stmt.all(...(params as any[])) : (stmt.run(...(params as any[])), [])) as any[]
    }
    const open = async () => new (await import('better-sqlite3')).default(db)
    query = async (sqlText, params = []) => {
      const h = await open()
      try {
        return await on(h)(sqlText, params)
      } finally {
        h.close()
      }
    }
    holdWriteLock = async () => {
      const h = await open()
      h.exec('begin immediate')
      return {
        async release() {
          if (h.open && h.inTransaction) h.exec('commit')
          if (h.open) h.close()
        },
      }
    }
    tx = async (fn) => {
      const h = await open()
      try {
        h.exec('begin immediate')
        const r = await fn(on(h) as any)
        h.exec('commit')
        return r
      } catch (e) {
        if (h.inTransaction) h.exec('rollback')
        throw e
      } finally {
        h.close()
      }
    }
  }
  if (opts.demo === false && !opts.copyOf) {
    await execa('node', [BIN, 'init'], { env: { ORDERDESK_DB: db, ORDERDESK_TODAY: TODAY, NO_COLOR: '1' } })
  }
  const run: Desk['run'] = async (args, o = {}) => {
    const r = await execa('node', [BIN, ...args], {
      reject: false,
      input: o.input ?? '',
      env: {
        ORDERDESK_DB: db,
        ORDERDESK_TODAY: TODAY,
        ORDERDESK_USER: o.user ?? 'li',
        NO_COLOR: '1',
        ORDERDESK_PIN: undefined,
        ...o.env,
      },
      extendEnv: true,
    })
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode ?? -1 }
  }
  return {
    dir,
    db,
    backend: BACKEND,
    query,
    tx,
    holdWriteLock,
    run,
    async json(args, o) {
      const r = await run([...args, '--json'], o)
      if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
      return JSON.parse(r.stdout)
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
      void drop()
    },
  }
}
