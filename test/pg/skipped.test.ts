import { it } from 'vitest'

// Runs only when ORDERDESK_TEST_PG is unset (vitest.config.ts): the PostgreSQL half of the
// suite shows up as skipped instead of silently missing.
it.skip('PostgreSQL suite skipped: set ORDERDESK_TEST_PG to a server URL (see docs/operations.md, Tests)', () => {})
