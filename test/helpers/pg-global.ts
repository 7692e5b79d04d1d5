import pg from 'pg'

/**
 * globalSetup of the `pg` test project: says loudly when the PostgreSQL half is skipped, and
 * afterwards drops every database the run created (odtest_*).
 */
export async function setup(): Promise<void> {
  // this run's databases only (another run may share the server): odtest_<run>_*
  process.env.ORDERDESK_TEST_PG_RUN ??= `r${process.pid}`
  if (!process.env.ORDERDESK_TEST_PG) {
    process.stderr.write(
      '\n*** PostgreSQL tests SKIPPED: ORDERDESK_TEST_PG is not set (e.g. postgres://orderdesk@127.0.0.1:5432/postgres; see docs/operations.md, Tests) ***\n\n',
    )
  }
}

export async function teardown(): Promise<void> {
  const base = process.env.ORDERDESK_TEST_PG
  if (!base) return
  const c = new pg.Client({ connectionString: base })
  try {
    await c.connect()
    const run = process.env.ORDERDESK_TEST_PG_RUN
    const { rows } = await c.query(`select datname from pg_database where datname like $1`, [`odtest\\_${run}\\_%`])
    for (const r of rows) await c.query(`drop database if exists ${r.datname} with (force)`).catch(() => {})
  } catch {
    // best effort: a throwaway server in CI
  } finally {
    await c.end().catch(() => {})
  }
}
