import { describe, expect, it } from 'vitest'
import { run as verify } from '../../src/cli/commands/audit/verify.js'
import { ValidationError } from '../../src/domain/errors.js'
import { deskPerTest } from '../helpers/in-process.js'

const d = deskPerTest()

const head = async () => (await d().desk.query<{ id: number; hash: string; at: string }>('select id, hash, at from events order by id desc limit 1'))[0]!

describe('audit verify, in-process', () => {
  it('--json: the report on stdout, nothing on stderr; without it, the chain and head on stdout and the done line', async () => {
    const last = await head()
    const j = d().session('li', { json: true })
    await verify({ knownHead: undefined, against: undefined }, j.s)
    const report = JSON.parse(j.stdout.text)
    expect(Object.keys(report)).toEqual(['ok', 'verified', 'head', 'break', 'knownHead', 'against', 'state', 'documents', 'attachments']) // issue 19: the stored documents, the attachments' bytes
    expect(report).toMatchObject({ ok: true, verified: last.id, head: { id: last.id, hash: last.hash }, break: null, knownHead: null, against: null, state: { ok: true, mismatches: 0 } })
    expect(j.stderr.text).toBe('')

    const t = d().session('li')
    await verify({ knownHead: last.hash.toUpperCase(), against: undefined }, t.s)
    expect(t.stdout.text).toBe(
      `audit trail: ${last.id} event${last.id === 1 ? '' : 's'}, chain intact\nhead: #${last.id} ${last.at} ${last.hash}\nrows: ${report.state.rows} checked against the chain, all as recorded\n`,
    )
    expect(t.stderr.text).toBe(`known head found: event #${last.id}\n✓ audit trail intact: ${last.id} event${last.id === 1 ? '' : 's'} verified\n`)
  })

  it('a row changed outside orderdesk: the finding on stdout, exit 4 naming it', async () => {
    await d().desk.query("update customers set name = 'Someone Else' where code = 'ALFKI'")
    const j = d().session('li', { json: true })
    await expect(verify({ knownHead: undefined, against: undefined }, j.s)).rejects.toMatchObject({
      code: 'audit_broken',
      details: { kind: 'row_changed', table: 'customers', mismatches: 1 },
      message: expect.stringMatching(/^desk changed outside orderdesk: customers row \d+ \(ALFKI\) was changed: it no longer matches what event #\d+ \(init\.demo [^)]*\) recorded$/),
    })
    expect(JSON.parse(j.stdout.text)).toMatchObject({ ok: false, break: null, state: { ok: false, mismatches: 1 } })

    const t = d().session('li')
    await expect(verify({ knownHead: undefined, against: undefined }, t.s)).rejects.toThrow(/^desk changed outside orderdesk/)
    expect(t.stdout.text).toMatch(/^rows changed outside orderdesk \(1 of \d+\):\n {2}customers row \d+ \(ALFKI\) was changed: it no longer matches what event #\d+ \(init\.demo [^)]*\) recorded\n$/)
    expect(t.stderr.text).toBe('')
  })

  it('a known head that is not a hash is a usage error before the chain is walked', async () => {
    const s = d().session('li', { json: true })
    await expect(verify({ knownHead: 'abc', against: undefined }, s.s)).rejects.toThrow(ValidationError)
    expect(s.stdout.text).toBe('')
  })
})
