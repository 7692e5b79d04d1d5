import { defineConfig } from 'vitest/config'

// The end-to-end suite runs twice: on SQLite (the default backend) and on PostgreSQL. The pg
// project needs ORDERDESK_TEST_PG (a server URL, see docs/operations.md); without it,
// it runs only a placeholder that is reported as skipped, with a notice on stderr.
const pg = Boolean(process.env.ORDERDESK_TEST_PG)

// SQLite-only by nature: crash/corruption of the file, SQLite online backup, file modes; the
// demo walk (npm run demo makes its own SQLite desk).
const SQLITE_ONLY = ['test/e2e/crash.test.ts', 'test/e2e/backup.test.ts', 'test/e2e/demo.test.ts']

// Every test starts in English whatever the machine's locale (issue 18: a zh_* locale would
// switch the words); a test of the Chinese desk sets --lang, ORDERDESK_LANG or LANG itself.
const ENGLISH = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ORDERDESK_LANG: '' }

export default defineConfig({
  test: {
    // long end-to-end walks spawn dozens of CLI processes; the stress test loads both cores meanwhile
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // e2e tests spawn the built CLI; two workers fit a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'sqlite', include: ['test/unit/**/*.test.ts', 'test/inprocess/**/*.test.ts', 'test/e2e/**/*.test.ts'], env: { ...ENGLISH, ORDERDESK_TEST_BACKEND: 'sqlite' } },
      },
      {
        extends: true,
        test: {
          name: 'pg',
          include: pg ? ['test/inprocess/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/pg/**/*.test.ts'] : ['test/pg/skipped.test.ts'],
          exclude: [...SQLITE_ONLY, ...(pg ? ['test/pg/skipped.test.ts'] : [])],
          env: { ...ENGLISH, ORDERDESK_TEST_BACKEND: 'pg' },
          globalSetup: ['test/helpers/pg-global.ts'],
        },
      },
    ],
  },
})
