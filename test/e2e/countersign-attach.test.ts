import { createHash } from 'node:crypto'
import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execa } from 'execa'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, DEMO_PIN, TODAY, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issue 19 §7, the customer's side of the paperwork: the returned signed copy (回签) of the
 * contract and of the order confirmation (`contract countersign`, `confirmation countersign`),
 * and the files kept with an order (`attach`, `attach get`). On main none of these commands
 * exists and the forms' customer box is always blank.
 */
let desk: Desk
let offered: string
let signed: string
const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

async function ok(args: string[], opts?: { user?: string; env?: Record<string, string> }) {
  const r = await desk.run(args, opts)
  if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout.trim()
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** `orderdesk ...args` with stdout as bytes (a pipe: not a terminal). */
async function runBytes(args: string[]) {
  const r = await execa('node', [BIN, ...args], {
    reject: false,
    encoding: 'buffer',
    env: { ORDERDESK_DB: desk.db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'li', NO_COLOR: '1', ORDERDESK_PIN: undefined },
  })
  return { stdout: Buffer.from(r.stdout as Uint8Array), stderr: Buffer.from(r.stderr as Uint8Array).toString('utf8'), exitCode: r.exitCode ?? -1 }
}

beforeAll(async () => {
  desk = await tempDesk()
  offered = await ok(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])
  await ok(['stock', 'check', offered])
  signed = await ok(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-011=2', '--channel', 'fax', '--source-ref', 'FAX-0815'])
  await ok(['stock', 'check', signed])
  await ok(['contract', 'sign', signed, '--payment-method', 'transfer', '--payment-due', '2026-12-03'])
}, 120_000)
afterAll(() => desk?.cleanup())

describe('contract countersign / confirmation countersign', () => {
  it('refuses a contract not yet issued (exit 4, naming contract sign), and writes nothing', async () => {
    const r = await desk.run(['contract', 'countersign', offered, '--date', TODAY, '--ref', 'FAX-1'])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain(`order ${offered} is offered: it has no sales contract for the customer to sign yet`)
    expect(r.stderr).toContain(`orderdesk contract sign ${offered}`)
    const c = await desk.run(['confirmation', 'countersign', offered, '--date', TODAY, '--ref', 'FAX-1'])
    expect(c.exitCode).toBe(4)
    expect(c.stderr).toContain('it has no order confirmation for the customer to sign yet')
    expect(await desk.query('select * from countersignatures')).toEqual([])
  })

  it('refuses bad dates and a missing --ref with exit 2', async () => {
    const later = await desk.run(['contract', 'countersign', signed, '--date', '2026-11-27', '--ref', 'FAX-1'])
    expect(later.exitCode).toBe(2)
    expect(later.stderr).toContain('invalid date "2026-11-27": must not be after today (2026-11-26)')
    const before = await desk.run(['contract', 'countersign', signed, '--date', '2026-11-25', '--ref', 'FAX-1'])
    expect(before.exitCode).toBe(2)
    expect(before.stderr).toContain(`must not be before ${signed}-CT1 was issued (2026-11-26)`)
    const missing = await desk.run(['contract', 'countersign', signed, '--date', TODAY])
    expect(missing.exitCode).toBe(2)
    expect(missing.stderr).toContain('--ref')
    const wrongKind = await desk.run(['confirmation', 'countersign', `${signed}-CT1`, '--date', TODAY, '--ref', 'x'])
    expect(wrongKind.exitCode).toBe(2)
    expect(wrongKind.stderr).toContain('a document number of its order confirmation (26-00001-OC1)')
    expect(await desk.query('select * from countersignatures')).toEqual([])
  })

  it('the forms show a blank customer box until the signed copy comes back', async () => {
    const contract = await ok(['print', 'contract', signed])
    expect(contract).not.toContain('ref FAX-0921')
    expect(contract).toMatch(/\| Customer +\|/)
  })

  it('records the signed contract: --json, order show, the form, the audit trail', async () => {
    const r = await desk.json(['contract', 'countersign', signed, '--date', TODAY, '--ref', 'FAX-0921'])
    expect(r.countersignature).toEqual({
      kind: 'contract',
      document: `${signed}-CT1`,
      date: TODAY,
      ref: 'FAX-0921',
      recordedBy: 'li',
      recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      // issue 19: a correction's keys (null on a first record)
      supersedes: null,
      reason: null,
    })
    expect(r.order.countersignatures).toEqual([{ document: `${signed}-CT1`, kind: 'contract', date: TODAY, ref: 'FAX-0921', recordedBy: 'li', recordedAt: r.countersignature.recordedAt, supersedes: null, reason: null, current: true }])
    const form = await ok(['print', 'contract', signed])
    const box = form.split('\n').filter((l) => l.includes('ref FAX-0921'))
    expect(box).toHaveLength(1)
    // the customer's column (the right one) holds the reference and, below it, the date signed
    const lines = form.split('\n')
    const at = lines.findIndex((l) => l.includes('ref FAX-0921'))
    expect(lines[at + 1]).toMatch(/\| 2026-11-26 +\| 2026-11-26 +\|/)
    const html = await ok(['print', 'contract', signed, '--format', 'html'])
    expect(html).toContain('ref FAX-0921')
    const show = await ok(['order', 'show', signed])
    expect(show).toContain('Signed copies returned (countersigned)')
    expect(show).toContain(`${signed}-CT1  signed by the customer 2026-11-26  ref FAX-0921  (recorded by li)`)
    const events = await desk.query<{ action: string; data: string }>("select action, data from events where action = 'contract.countersign'")
    expect(events.map((e) => [e.action, JSON.parse(e.data)])).toEqual([['contract.countersign', { document: `${signed}-CT1`, date: TODAY, ref: 'FAX-0921' }]])
  })

  it('refuses a second countersignature of the same document (exit 4): the first stands', async () => {
    const r = await desk.run(['contract', 'countersign', `${signed}-CT1`, '--date', TODAY, '--ref', 'FAX-9999'])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain(`${signed}-CT1 was countersigned already: signed 2026-11-26, ref FAX-0921 (recorded by li)`)
    const rows = await desk.query<{ ref: string }>('select ref from countersignatures')
    expect(rows.map((x) => x.ref)).toEqual(['FAX-0921'])
  })

  it('records the signed order confirmation (by its number) and shows it on the confirmation form', async () => {
    const r = await desk.json(['confirmation', 'countersign', `${signed}-oc1`, '--date', TODAY, '--ref', 'scan #1'])
    expect(r.countersignature).toMatchObject({ kind: 'confirmation', document: `${signed}-OC1`, date: TODAY, ref: 'scan #1' })
    expect(r.order.countersignatures.map((k: { document: string }) => k.document)).toEqual([`${signed}-CT1`, `${signed}-OC1`])
    const form = await ok(['print', 'confirmation', signed])
    expect(form).toContain('ref scan #1')
    expect(form).toContain('acknowledged 回签')
    const zh = await ok(['print', 'confirmation', signed, '--lang', 'zh-CN'])
    expect(zh).toContain('回签凭证 scan #1')
  })

  it('a finance user may not countersign (exit 4)', async () => {
    const r = await desk.run(['confirmation', 'countersign', signed, '--date', TODAY, '--ref', 'x'], { user: 'wu' })
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain("recording the customer's signed order confirmation")
  })
})

describe('attach / attach get', () => {
  const content = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) % 256))

  it('keeps a small file with its SHA-256, lists it on order show and in --json, and the audit trail covers it', async () => {
    const file = join(desk.dir, 'fax-0921.pdf')
    writeFileSync(file, content)
    const r = await desk.json(['attach', signed, file])
    expect(r.attachment).toEqual({ n: 1, name: 'fax-0921.pdf', bytes: 3000, sha256: sha(content), addedBy: 'li', addedAt: expect.stringMatching(/^\d{4}-/) })
    const show = await desk.json(['order', 'show', signed])
    expect(show.attachments).toEqual([{ n: 1, name: 'fax-0921.pdf', bytes: 3000, sha256: sha(content), addedBy: 'li', addedAt: r.attachment.addedAt }])
    const text = await ok(['order', 'show', signed])
    expect(text).toContain(`#1  fax-0921.pdf  3 kB  sha256 ${sha(content).slice(0, 16)}…  li`)
    const verify = await desk.run(['audit', 'verify'])
    expect(verify.exitCode, verify.stderr).toBe(0)
  })

  it('gives the bytes back identical: to stdout when it is not a terminal, and to --out', async () => {
    const piped = await runBytes(['attach', 'get', signed, '1'])
    expect(piped.exitCode, piped.stderr).toBe(0)
    expect(piped.stdout.equals(content)).toBe(true)
    expect(sha(piped.stdout)).toBe(sha(content))
    const out = join(desk.dir, 'back.pdf')
    const r = await desk.json(['attach', 'get', signed, '1', '--out', out])
    expect(r).toEqual({ attachment: { order: signed, n: 1, name: 'fax-0921.pdf', bytes: 3000, sha256: sha(content), addedBy: 'li', addedAt: expect.any(String) }, out })
    expect(readFileSync(out).equals(content)).toBe(true)
  })

  it('--out never replaces an existing file without --force', async () => {
    const out = join(desk.dir, 'existing.pdf')
    writeFileSync(out, 'keep me')
    const r = await desk.run(['attach', 'get', signed, '1', '--out', out])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain('already exists; nothing was written (pass --force to replace it)')
    expect(readFileSync(out, 'utf8')).toBe('keep me')
    const forced = await desk.run(['attach', 'get', signed, '1', '--out', out, '--force'])
    expect(forced.exitCode, forced.stderr).toBe(0)
    expect(readFileSync(out).equals(content)).toBe(true)
  })

  it('refuses a file over the limit (exit 2) naming the file and its size: the default 20 MB, then the setting', async () => {
    const big = join(desk.dir, 'recording.wav')
    writeFileSync(big, '')
    truncateSync(big, 20 * 1024 * 1024 + 1)
    const r = await desk.run(['attach', signed, big])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain(`invalid file "${big}": is 20.0 MB (20971521 bytes); the desk keeps files up to 20.0 MB (20971520 bytes; setting attach.maxBytes)`)
    await ok(['settings', 'set', 'attach.maxBytes', '2999'], manager)
    const file = join(desk.dir, 'fax-0922.pdf')
    writeFileSync(file, content)
    const over = await desk.run(['attach', signed, file])
    expect(over.exitCode).toBe(2)
    expect(over.stderr).toContain(`invalid file "${file}": is 3 kB (3000 bytes); the desk keeps files up to 3 kB (2999 bytes; setting attach.maxBytes)`)
    await ok(['settings', 'unset', 'attach.maxBytes'], manager)
    const bad = await desk.run(['settings', 'set', 'attach.maxBytes', '20MB'], manager)
    expect(bad.exitCode).toBe(2)
    expect((await desk.query('select n from attachments')).length).toBe(1)
  })

  it('takes a hostile file name as data: refused with its characters escaped, kept under --name; a folder in --name refused', async () => {
    const hostile = join(desk.dir, 'fax\u001b]0;pwned\u0007\n.pdf')
    writeFileSync(hostile, content)
    const r = await desk.run(['attach', signed, hostile])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).not.toContain('\u001b')
    expect(r.stderr).toContain('\\u001b]0;pwned')
    expect(r.stderr).toContain('give the name to keep with --name')
    for (const name of ['../../etc/passwd', 'a\\b', '..', 'x\u202Efdp.exe']) {
      const n = await desk.run(['attach', signed, hostile, '--name', name])
      expect(n.exitCode, name).toBe(2)
    }
    expect((await desk.query('select n from attachments')).length).toBe(1)
    const named = await desk.json(['attach', signed, hostile, '--name', 'fax 0923.pdf'])
    expect(named.attachment).toMatchObject({ n: 2, name: 'fax 0923.pdf', bytes: 3000 })
  })

  it('refuses a missing file (exit 3), an unknown attachment (exit 3), and a user without the role (exit 4)', async () => {
    expect((await desk.run(['attach', signed, join(desk.dir, 'nope.pdf')])).exitCode).toBe(3)
    expect((await desk.run(['attach', 'get', signed, '9'])).exitCode).toBe(3)
    expect((await desk.run(['attach', 'get', signed, 'x'])).exitCode).toBe(2)
    const file = join(desk.dir, 'fax-0921.pdf')
    const mc = await desk.run(['attach', signed, file], { user: 'sun' })
    expect(mc.exitCode).toBe(4)
    expect(mc.stderr).toContain('attaching a file to an order')
  })

  it('refuses to hand out bytes changed outside orderdesk (exit 4)', async () => {
    await desk.query('update attachment_content set content = ? where attachment_id = (select id from attachments where n = 1)', [Buffer.from('forged')])
    const r = await runBytes(['attach', 'get', signed, '1'])
    expect(r.exitCode).toBe(4)
    expect(r.stdout.length).toBe(0)
    expect(r.stderr).toContain('does not match its record')
    // forging the sealed row's hash to match makes attach get hand it out, but audit verify names the row
    await desk.query('update attachments set sha256 = ?, bytes = 6 where n = 1', [sha(Buffer.from('forged'))])
    expect((await runBytes(['attach', 'get', signed, '1'])).exitCode).toBe(0)
    const verify = await desk.run(['audit', 'verify'])
    expect(verify.exitCode).not.toBe(0)
    expect(verify.stdout + verify.stderr).toContain('attachments')
  })
})
