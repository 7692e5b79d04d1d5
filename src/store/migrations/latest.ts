/**
 * The newest migration's name, for the one-query check at start-up without loading the
 * migrations. Keep in step with index.ts (test/unit/migrations.test.ts fails otherwise); if
 * it lags, start-up stays correct but loads the migrations every time.
 */
export const LATEST_MIGRATION_HINT = '0022-countersign-corrections'
