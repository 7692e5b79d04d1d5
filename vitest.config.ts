import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // long end-to-end walks spawn dozens of CLI processes; the stress test loads both cores meanwhile
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // e2e tests spawn the built CLI; two workers fit a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
  },
})
