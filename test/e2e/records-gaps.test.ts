import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, TODAY, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issue 19's last gaps in its records: `audit verify` hashes each attachment's bytes again; a
 * countersignature (回签) is corrected by a record that supersedes it, never by an edit; an
 * import carries free lines with their reason (free_reason); the production order form names MC
 * in charge by name. On main (f7b658a) verify passes over changed bytes, a second countersign is
 * refused with no way to correct it, a zero price in a file is always rejected, and the form
 * shows the bare login.
 */
let desk: Desk
let signed: string
const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

async function ok(args: string[], opts?: { user?: string; env?: Record<string, string> }) {
  const r = await desk.run(args, opts)
  if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout.trim()
}

beforeAll(async () => {
  desk = await tempDesk()
  signed = await ok(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-011=2'])
  await ok(['stock', 'check', signed])
  await ok(['contract', 'sign', signed, '--payment-method', 'transfer', '--payment-due', '2026-12-03'])
}, 120_000)
afterAll(() => desk?.cleanup())

describe('audit verify hashes attachment bytes again', () => {
  it('passes over untouched files and names the one whose bytes changed', async () => {
    const file = join(desk.dir, 'fax.txt')
    writeFileSync(file, 'signed contract, fax of 2026-11-26\n')
    await desk.json(['attach', signed, file])
    const clean = await desk.run(['audit', 'verify'])
    expect(clean.exitCode).toBe(0)
    expect(clean.stdout).toContain('attachments: 1 file hashed again against its SHA-256 in the chain, all as attached')

    const [row] = await desk.query<{ id: number }>('select id from attachments where n = 1')
    await desk.query('update attachment_content set content = ? where attachment_id = ?', [Buffer.from('forged contract\n'), row!.id])
    const broken = await desk.run(['audit', 'verify'])
    expect(broken.exitCode).toBe(4)
    expect(broken.stderr).toContain(`attachment #1 of order ${signed} (fax.txt)`)
  })
})

describe('a countersignature is corrected, never edited', () => {
  it('a second record is refused without --correct, naming it; with --correct --reason it supersedes the first', async () => {
    await ok(['contract', 'countersign', signed, '--date', TODAY, '--ref', 'FAX-0921'])
    const again = await desk.run(['contract', 'countersign', signed, '--date', TODAY, '--ref', 'FAX-0922'])
    expect(again.exitCode).toBe(4)
    expect(again.stderr).toContain('--correct')

    const noReason = await desk.run(['contract', 'countersign', signed, '--date', TODAY, '--ref', 'FAX-0922', '--correct'])
    expect(noReason.exitCode).toBe(2)
    expect(noReason.stderr).toContain('--reason')
    expect(await desk.query('select * from countersignatures')).toHaveLength(1)

    await ok(['contract', 'countersign', signed, '--date', TODAY, '--ref', 'FAX-0922', '--correct', '--reason', 'wrong fax number typed'])
    const rows = await desk.query<{ id: number; ref: string; supersedes: number | null; reason: string | null }>('select id, ref, supersedes, reason from countersignatures order by id')
    expect(rows.map((r) => [r.ref, r.supersedes === null ? null : Number(r.supersedes), r.reason])).toEqual([
      ['FAX-0921', null, null],
      ['FAX-0922', Number(rows[0]!.id), 'wrong fax number typed'],
    ])
    const o = await desk.json(['order', 'show', signed])
    expect(o.countersignatures).toHaveLength(2)
    expect(o.countersignatures[1]).toMatchObject({ ref: 'FAX-0922', reason: 'wrong fax number typed' })
    const contract = await ok(['print', 'contract', signed])
    expect(contract).toContain('FAX-0922')
    expect(contract).not.toContain('FAX-0921')
    expect((await desk.run(['audit', 'verify'])).stderr).not.toContain('countersign')
  })
})

describe('import orders: free lines with free_reason', () => {
  it('a zero-price row with a free_reason is a free line, audited; without it, refused naming the column', async () => {
    const file = join(desk.dir, 'samples.csv')
    writeFileSync(
      file,
      ['ext_ref,customer,sku,qty,unit_price,free_reason', 'S-1,ALFKI,NW-011,5,0,samples for the trade fair', 'S-1,ALFKI,NW-001,1,,', 'S-2,ALFKI,NW-011,5,0,', 'S-3,ALFKI,NW-011,5,12.00,not free at all', ''].join('\n'),
    )
    const r = await desk.run(['import', 'orders', file, '--json'])
    expect(r.exitCode).toBe(2)
    const s = JSON.parse(r.stdout)
    expect(s).toMatchObject({ ordersImported: 1, rejectedCount: 2 })
    expect(s.rejected.map((e: any) => [e.ref, e.problems[0].column])).toEqual([
      ['S-2', 'unit_price'],
      ['S-3', 'free_reason'],
    ])
    expect(s.rejected[0].problems[0].reason).toContain('free_reason')
    const o = await desk.json(['order', 'show', s.firstNumber])
    expect(o.lines.map((l: any) => [l.sku, l.qty, l.amount])).toEqual([
      ['NW-011', 5, '0.00'],
      ['NW-001', 1, '18.00'],
    ])
    const events = await desk.query<{ data: string }>("select data from events where action = 'inquiry.new' order by id desc limit 1")
    expect(String(events[0]!.data)).toContain('samples for the trade fair')
  })
})

describe('the production order form names MC in charge', () => {
  it('by name and login, as its signature box does', async () => {
    const n = await ok(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-017=20'])
    await ok(['stock', 'check', n, '--mc-date', 'NW-017=2026-12-17'])
    await ok(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-06', '--deposit', '0'])
    await ok(['order', 'confirm', n], manager)
    const form = await ok(['print', 'production-order', `${n}-MO1`])
    expect(form).toMatch(/MC 物控负责人[^\n]*Sun Li \(sun\)/)
  })
})
