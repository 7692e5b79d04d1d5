import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDesk, type Desk } from '../helpers/cli.js'

/**
 * What the build leaves in dist/ for start-up (issue 18: choosing and loading the catalogue
 * adds at most ~3 ms to a read command). The Chinese words are a bundle of their own, so an
 * English command never reads them; and every bundle is ASCII, since one non-ASCII byte made V8
 * decode all 2 MB of main.cjs as UTF-8 at every start (scripts/build.mjs).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DIST = process.env.ORDERDESK_DIST ?? join(ROOT, 'dist')

describe('the built bundles', () => {
  it.each(['main.cjs', 'import-worker.cjs', 'zh-CN.cjs'])('%s is ASCII', (name) => {
    const bytes = readFileSync(join(DIST, name))
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1)
  })

  it('main.cjs does not hold the Chinese words; zh-CN.cjs does', () => {
    // 没有符合条件的订单 ("no orders match"), as esbuild writes it
    const words = '\\u6CA1\\u6709\\u7B26\\u5408\\u6761\\u4EF6\\u7684\\u8BA2\\u5355'
    expect(readFileSync(join(DIST, 'zh-CN.cjs'), 'latin1')).toContain(words)
    expect(readFileSync(join(DIST, 'main.cjs'), 'latin1')).not.toContain(words)
    expect(readFileSync(join(DIST, 'import-worker.cjs'), 'latin1')).not.toContain(words)
  })

  describe('a build without zh-CN.cjs', () => {
    // a copy of dist/ without the Chinese words, beside a node_modules for better-sqlite3
    let dir: string
    let desk: Desk
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'orderdesk-bundle-'))
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
      mkdirSync(join(dir, 'dist'))
      for (const name of ['main.cjs', 'main.cjs.cache']) copyFileSync(join(DIST, name), join(dir, 'dist', name))
      desk = await tempDesk({ demo: true })
    })
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true })
      desk?.cleanup()
    })
    const run = (...args: string[]) => desk.run(args, { env: { ORDERDESK_DIST: join(dir, 'dist') } })

    it('still runs an English command: English never loads the Chinese words', async () => {
      const r = await run('order', 'list', '--json')
      expect(r.exitCode).toBe(0)
      expect(JSON.parse(r.stdout)).toBeInstanceOf(Array)
    })

    it('cannot speak Chinese (so the first test could fail)', async () => {
      const r = await run('order', 'list', '--lang', 'zh-CN')
      expect(r.exitCode).toBe(1)
      expect(r.stderr).toContain(join(dir, 'dist', 'zh-CN.cjs'))
    })
  })
})
