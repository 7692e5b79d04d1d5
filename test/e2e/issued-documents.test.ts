import { createHash } from 'node:crypto'
import { copyFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, isPg, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issued documents are immutable records (issue 19 §1): a contract, order confirmation, sales
 * order, production order, outbound slip or quotation prints as it was issued after the
 * customer's contact and address and a product's name and price changed; a superseded contract
 * still prints as signed; drafts say they show current data; `audit verify` checks the stored
 * copies against the hashes in the issuing steps' events.
 */
let desk: Desk
const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

async function ok(d: Desk, args: string[], opts?: { user?: string; env?: Record<string, string> }) {
  const r = await d.run(args, opts)
  if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout.trim()
}

/** A form as printed, without its footer line (the only line that says when it was printed). */
async function printed(d: Desk, form: string, ref: string, extra: string[] = []): Promise<string> {
  const r = await d.run(['print', form, ref, ...extra])
  expect(r.exitCode, r.stderr).toBe(0)
  return r.stdout
}

const withoutPrintedOn = (text: string) => text.replace(/^.*printed 打印 \d{4}-\d{2}-\d{2}.*$/m, '<printed on>')

/** An order made to order, signed, confirmed, produced, shipped and delivered: VINET, the walk-through's B. */
async function deliveredOrder(d: Desk): Promise<string> {
  const n = await ok(d, ['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-017=20', '--item', 'NW-011=4', '--channel', 'fax', '--source-ref', 'FAX-0815'])
  await ok(d, ['stock', 'check', n, '--mc-date', 'NW-017=2026-12-17'])
  await ok(d, ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-06', '--deposit', '50'])
  await ok(d, ['payment', 'record', n, '--amount', '864', '--ref', 'BOC-1200'], { user: 'wu' })
  await ok(d, ['order', 'confirm', n], manager)
  await ok(d, ['production', 'accept', `${n}-MO1`, '--date', '2026-12-14'], { user: 'sun' })
  await ok(d, ['production', 'done', `${n}-MO1`], { user: 'sun' })
  await ok(d, ['ship', n, '--date', '2026-11-28', '--carrier', 'SF Express'])
  await ok(d, ['ship', 'send', n, '--tracking', 'SF1234567'], { user: 'zhou' })
  await ok(d, ['ship', 'deliver', n, '--date', '2026-11-26'], { user: 'zhou' })
  return n
}

/** The customer moved and has a new contact; a product was renamed and repriced — written directly, as `customer edit` would. */
async function changeMasterData(d: Desk): Promise<void> {
  await d.query('update customers set contact = ?, phone = ?, address = ? where code = ?', ['Jean Nouveau', '03.99.99.99', '1 Place Neuve, 75001 Paris, France', 'VINET'])
  await d.query('update products set name = ?, price = ? where sku = ?', ['Alice Mutton (new recipe)', 4500, 'NW-017'])
}

beforeAll(async () => {
  desk = await tempDesk()
}, 60_000)
afterAll(() => desk?.cleanup())

describe('an issued document reprints as it was issued', () => {
  it('contract, confirmation, sales order, production order, outbound slip and quotation: byte-identical after master data changed, but for the printed-on line', async () => {
    const n = await deliveredOrder(desk)
    const forms = [
      ['contract', n],
      ['confirmation', n],
      ['sales-order', n],
      ['production-order', `${n}-MO1`],
      ['outbound-slip', `${n}-OS1`],
      ['quotation', n],
    ] as const
    const before = new Map<string, string>()
    for (const [form, ref] of forms) before.set(form, await printed(desk, form, ref))
    expect(before.get('contract')).toContain('Contact 联系人 Paul Henriot')
    expect(before.get('outbound-slip')).toContain("59 rue de l'Abbaye, 51100 Reims, France")

    await changeMasterData(desk)
    for (const [form, ref] of forms) {
      const after = await printed(desk, form, ref, ['--format', 'text'])
      expect(withoutPrintedOn(after), form).toBe(withoutPrintedOn(before.get(form)!))
      expect(after, form).not.toContain('Jean Nouveau')
      expect(after, form).not.toContain('Place Neuve')
      expect(after, form).not.toContain('new recipe')
    }
    // the ship-to address of the delivered slip is the one it was issued with
    const slip = await printed(desk, 'outbound-slip', n)
    expect(slip).toMatch(/Ship to 收货 +Paul Henriot\n +59 rue de l'Abbaye, 51100 Reims, France\n/)
    expect(slip).toMatch(/Delivered 送达 +2026-11-26\n/)
    // HTML is the same stored document
    const html = await printed(desk, 'contract', n, ['--format', 'html'])
    expect(html).toContain('Paul Henriot')
    expect(html).not.toContain('Jean Nouveau')
    // the inquiry is a draft: the order as it stands, and says so
    const inquiry = await printed(desk, 'inquiry', n)
    expect(inquiry).toContain('Jean Nouveau')
    expect(inquiry).toContain('DRAFT 草稿: current data, not an issued document 按当前资料，非正式单据')
  }, 300_000)

  it('print --json says what was printed (the stored copy and its hash, as the issuing event recorded it)', async () => {
    const n = await ok(desk, ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--source-ref', 'REC-1'])
    await ok(desk, ['stock', 'check', n])
    await ok(desk, ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-03', '--deposit', '30'])
    const r = await desk.json(['print', 'contract', n])
    expect(r).toMatchObject({ form: 'contract', document: `${n}-CT1`, record: 'issued', revision: 3 })
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/)
    const [event] = await desk.query<{ data: string }>("select data from events where action = 'contract.sign' and ref = ?", [n])
    const documents = JSON.parse(event!.data).documents
    expect(documents).toEqual([
      { form: 'contract', number: `${n}-CT1`, sha256: r.sha256 },
      { form: 'confirmation', number: `${n}-OC1`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ])
    const [copy] = await desk.query<{ content: string; sha256: string }>('select content, sha256 from document_copies where number = ?', [`${n}-CT1`])
    expect(createHash('sha256').update(copy!.content).digest('hex')).toBe(r.sha256)
    const inquiry = await desk.json(['print', 'inquiry', n])
    expect(inquiry).toMatchObject({ record: 'draft', sha256: null })
  })
})

describe('documents a customer change issues', () => {
  it('the change form is stored when the change is requested; the MC decision still shows', async () => {
    const n = await ok(desk, ['inquiry', 'new', '--customer', 'BERGS', '--item', 'NW-017=5', '--source-ref', 'REC-7'])
    await ok(desk, ['stock', 'check', n, '--mc-date', 'NW-017=2026-12-17'])
    await ok(desk, ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-03', '--deposit', '0'])
    await ok(desk, ['order', 'confirm', n], manager)
    await ok(desk, ['change', 'request', n, '--item', 'NW-017=8', '--channel', 'fax', '--source-ref', 'FAX-0901'])
    const form = await printed(desk, 'change-form', n)
    expect((await desk.json(['print', 'change-form', n])).record).toBe('issued')
    await desk.query('update customers set contact = ?, address = ? where code = ?', ['Outra Pessoa', 'Rua Nova 1', 'BERGS'])
    await desk.query('update products set name = ? where sku = ?', ['Alice Mutton XL', 'NW-017'])
    expect(withoutPrintedOn(await printed(desk, 'change-form', n))).toBe(withoutPrintedOn(form))
    await ok(desk, ['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-12-24'], { user: 'zhao' })
    const decided = await printed(desk, 'change-form', `${n}-CF1`)
    expect(decided).toMatch(/MC decision 物控意见 +agreed 同意, new date 新交期 2026-12-24/)
    expect(decided).not.toContain('Outra Pessoa')
    expect(decided).not.toContain('Alice Mutton XL')
  }, 300_000)
})

describe('a superseded contract', () => {
  it('CT1 still prints as signed after a customer change made CT2; CT2 as signed at the change', async () => {
    const n = await ok(desk, ['inquiry', 'new', '--customer', 'BLONP', '--item', 'NW-011=5', '--source-ref', 'REC-2'])
    await ok(desk, ['stock', 'check', n])
    await ok(desk, ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-03', '--deposit', '30'])
    const ct1 = await printed(desk, 'contract', n)
    const [row] = await desk.query<{ contact: string }>("select contact from customers where code = 'BLONP'")
    const contact = row!.contact
    expect(ct1).toContain(`Contact 联系人 ${contact}`)

    await desk.query('update customers set contact = ? where code = ?', ['Nouvelle Personne', 'BLONP'])
    const change = await desk.json(['change', 'request', n, '--item', 'NW-011=7', '--channel', 'email'])
    await ok(desk, ['change', 'confirm', change.change.number ?? change.change, '--customer', 'accept'])
    await desk.query('update products set name = ? where sku = ?', ['Queso Cabrales Reserva', 'NW-011'])

    const again = await printed(desk, 'contract', `${n}-CT1`)
    expect(again).toContain(`Contact 联系人 ${contact}`)
    expect(again).not.toContain('Nouvelle Personne')
    expect(again).toContain(`SUPERSEDED`)
    expect(again).toContain(`${n}-CT2`)
    expect(again.split('\n').find((l) => l.includes('NW-011'))!.split(/ {2,}/).map((s) => s.trim())).toEqual(['1', 'NW-011', 'Queso Cabrales', 'case', '5', '21.00', '105.00'])

    const ct2 = await printed(desk, 'contract', n)
    expect(ct2).toContain(`No. 合同编号 ${n}-CT2`)
    expect(ct2).toContain('Contact 联系人 Nouvelle Personne')
    expect(ct2.split('\n').find((l) => l.includes('NW-011'))!.split(/ {2,}/).map((s) => s.trim())).toEqual(['1', 'NW-011', 'Queso Cabrales', 'case', '7', '21.00', '147.00'])
  })
})

describe('drafts', () => {
  it('a quotation awaiting the manager approval shows current data and says it is a draft, in both languages; once approved it is issued', async () => {
    const d = await tempDesk()
    try {
      await ok(d, ['settings', 'set', 'quote.approvalAbove', '50'], manager)
      const n = await ok(d, ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])
      await ok(d, ['stock', 'check', n])
      const draft = await printed(d, 'quotation', n)
      expect(draft).toContain('DRAFT 草稿: current data, not an issued document 按当前资料，非正式单据')
      expect((await d.json(['print', 'quotation', n])).record).toBe('draft')
      const zh = await printed(d, 'quotation', n, ['--lang', 'zh-CN'])
      expect(zh).toContain('草稿：按当前资料显示，非正式开出的单据')
      expect(await d.query('select number from document_copies')).toEqual([])

      await ok(d, ['quote', 'approve', n], manager)
      const issued = await printed(d, 'quotation', n)
      expect(issued).not.toContain('DRAFT 草稿')
      expect((await d.json(['print', 'quotation', n])).record).toBe('issued')
      await d.query('update customers set contact = ? where code = ?', ['Someone Else', 'ALFKI'])
      expect(withoutPrintedOn(await printed(d, 'quotation', n))).toBe(withoutPrintedOn(issued))
    } finally {
      await d.cleanup()
    }
  })
})

describe('audit verify checks the stored documents', () => {
  it('reports a stored document changed outside orderdesk (exit 4), and one whose hash was recomputed', async () => {
    const d = await tempDesk()
    try {
      const n = await ok(d, ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])
      await ok(d, ['stock', 'check', n])
      await ok(d, ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-03', '--deposit', '30'])
      const good = await d.run(['audit', 'verify'])
      expect(good.exitCode, good.stderr).toBe(0)
      expect(good.stdout).toContain('documents: 3 issued documents checked against their SHA-256 in the chain, all as issued')
      expect((await d.json(['audit', 'verify'])).documents).toEqual({ ok: true, checked: 3, mismatches: 0, findings: [] })

      await d.query('update document_copies set content = replace(content, ?, ?) where number = ?', ['Maria Anders', 'Mallory', `${n}-CT1`])
      const bad = await d.run(['audit', 'verify'])
      expect(bad.exitCode).toBe(4)
      expect(bad.stderr).toContain(`orderdesk: issued document changed: document ${n}-CT1 (contract): its stored copy no longer matches its SHA-256`)
      expect(bad.stdout).toContain(`  document ${n}-CT1 (contract): its stored copy no longer matches its SHA-256`)
      const json = await d.run(['audit', 'verify', '--json'])
      expect(json.exitCode).toBe(4)
      const report = JSON.parse(json.stdout)
      expect(report.ok).toBe(false)
      expect(report.documents).toEqual({ ok: false, checked: 3, mismatches: 1, findings: [{ kind: 'content_changed', number: `${n}-CT1`, form: 'contract' }] })

      // the content and its hash both rewritten: the issuing event still has the old hash
      const [copy] = await d.query<{ content: string }>('select content from document_copies where number = ?', [`${n}-CT1`])
      await d.query('update document_copies set sha256 = ? where number = ?', [createHash('sha256').update(copy!.content).digest('hex'), `${n}-CT1`])
      const rehashed = await d.run(['audit', 'verify'])
      expect(rehashed.exitCode).toBe(4)
      expect(rehashed.stderr).toContain(`document ${n}-CT1 (contract): its stored SHA-256 is not the one the issuing step's audit event recorded`)
    } finally {
      await d.cleanup()
    }
  })
})

describe('a desk from before the stored copies', () => {
  it.skipIf(isPg)('prints its documents from current data and says so', async () => {
    const old = await tempDesk({ demo: false })
    try {
      for (const f of [old.db, `${old.db}-wal`, `${old.db}-shm`]) rmSync(f, { force: true })
      copyFileSync(fileURLToPath(new URL('../../fixtures/desks/schema-0011.db', import.meta.url)), old.db)
      await ok(old, ['init'])
      const text = await printed(old, 'contract', '26-00001')
      expect(text).toContain('Printed from current data 按当前资料打印: no copy kept at issue 开出时未存档')
      expect((await old.json(['print', 'contract', '26-00001'])).record).toBe('current')
      const verify = await old.run(['audit', 'verify'])
      expect(verify.exitCode, verify.stderr).toBe(0)
    } finally {
      await old.cleanup()
    }
  })
})
