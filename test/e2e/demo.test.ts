import { execa } from 'execa'
import { describe, expect, it } from 'vitest'
import { TODAY } from '../helpers/cli.js'

// `npm ci && npm run demo` is the first thing a newcomer runs: the walk must go through, in
// both languages, every step ending with the exit code it expects.
describe('npm run demo', () => {
  it('walks the Northwind desk in English', { timeout: 300_000 }, async () => {
    const r = await execa('node', ['scripts/demo.mjs'], { reject: false, env: { ORDERDESK_TODAY: TODAY, NO_COLOR: '1' } })
    expect(r.stderr).not.toContain('!! expected exit')
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('$ ORDERDESK_USER=li orderdesk inquiry new --customer ALFKI --item NW-011=5 --item NW-001=10')
    expect(r.stdout).toContain('# Where everything stands.')
  })

  it('walks the wood-products desk in Chinese with --lang zh-CN', { timeout: 300_000 }, async () => {
    const r = await execa('node', ['scripts/demo.mjs', '--lang', 'zh-CN'], { reject: false, env: { ORDERDESK_TODAY: TODAY, NO_COLOR: '1' } })
    expect(r.stderr).not.toContain('!! expected exit')
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('$ ORDERDESK_USER=li orderdesk inquiry new --customer JSHY --item JHB-18=50 --item XT-TJ60=100')
    expect(r.stdout).toContain('# 现在的情况。')
    expect(r.stderr).toContain('下一步：orderdesk stock check 26-00001')
  })

  it('refuses a language it does not have', async () => {
    const r = await execa('node', ['scripts/demo.mjs', '--lang', 'fr'], { reject: false })
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toBe('npm run demo: --lang must be zh-CN or en, not "fr"')
  })
})
