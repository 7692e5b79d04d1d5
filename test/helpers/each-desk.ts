import { afterEach, beforeEach } from 'vitest'
import { inProcessDesk } from './in-process.js'

export type InProcessDesk = Awaited<ReturnType<typeof inProcessDesk>>

/**
 * A fresh in-process desk (the demo data) for every test of the file, closed and removed after
 * it: call once at the top of a test file; the function it returns gives the current test's desk.
 *
 * @example
 * const d = deskForEachTest()
 * it('…', async () => { const t = d(); await run(opts, t.session('li').s) })
 */
export function deskForEachTest(): () => InProcessDesk {
  let d: InProcessDesk | null = null
  beforeEach(async () => {
    d = await inProcessDesk()
  })
  afterEach(async () => {
    await d!.close()
    d!.desk.cleanup()
    d = null
  })
  return () => d!
}
