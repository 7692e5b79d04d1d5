import { describe, expect, it } from 'vitest'
import { setSetting } from '../../src/services/set-setting.js'
import { signContract } from '../../src/services/sign-contract.js'
import { DEMO_PIN } from '../helpers/cli.js'
import { deskPerTest } from '../helpers/in-process.js'
import { contractTerms as terms, offered } from '../helpers/intake-steps.js'

const desk = deskPerTest()

async function stock(sku: string) {
  return (await desk().desk.query('select on_hand, reserved from products where sku = ?', [sku]))[0]
}

describe('contract sign, in-process', () => {
  it('signs: the order contracted with its terms, the offered stock reserved, the contract issued, one event', async () => {
    const d = desk()
    const n = await offered(d, [['NW-011', 5], ['NW-017', 2], ['NW-011', 3]])
    const r = await signContract(await d.ctx('li'), { ...terms(n), paymentMethod: ' transfer ' })
    expect(r).toEqual({ number: n, contract: `${n}-CT1`, reserved: [{ sku: 'NW-011', qty: 8 }] })
    expect((await d.desk.query('select status, revision, payment_method, payment_due, deposit_pct from orders where number = ?', [n]))[0]).toEqual({
      status: 'contracted',
      revision: 3,
      payment_method: 'transfer',
      payment_due: '2026-12-03',
      deposit_pct: 30,
    })
    expect(await stock('NW-011')).toEqual({ on_hand: 22, reserved: 8 })
    // issue 19: NW-011 given twice (5 and 3) is one line of 8, so one reservation
    expect(await d.desk.query("select qty, status from reservations order by id")).toEqual([{ qty: 8, status: 'active' }])
    const [doc] = await d.desk.query('select kind, number, seq, revision, status, created_by, signed_by, signed_at, data from documents')
    expect(doc).toMatchObject({ kind: 'contract', number: `${n}-CT1`, seq: 1, revision: 3, status: 'signed', created_by: 'li', signed_by: 'li', signed_at: '2026-11-26' })
    expect(JSON.parse(doc.data)).toMatchObject({ total: 24600, promisedDate: '2026-12-17', paymentMethod: 'transfer', paymentDue: '2026-12-03', depositPct: 30 })
    const [event] = await d.desk.query("select from_status, to_status, data from events where action = 'contract.sign'")
    expect({ ...event, data: JSON.parse(event.data) }).toEqual({
      from_status: 'offered',
      to_status: 'contracted',
      data: {
        contract: `${n}-CT1`,
        paymentMethod: 'transfer',
        paymentDue: '2026-12-03',
        depositPct: 30,
        reserved: [{ sku: 'NW-011', qty: 8 }],
        // issue 19: the contract and its confirmation as issued
        documents: [
          { form: 'contract', number: `${n}-CT1`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
          { form: 'confirmation', number: `${n}-OC1`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
        ],
      },
    })
  })

  it('refuses when the offered stock has gone to another contract meanwhile, naming the check to run again', async () => {
    const d = desk()
    const first = await offered(d, [['NW-021', 3]])
    const second = await offered(d, [['NW-021', 3]])
    const li = await d.ctx('li')
    await signContract(li, terms(first))
    await expect(signContract(li, terms(second))).rejects.toMatchObject({
      exitCode: 4,
      code: 'stock_gone',
      message: `stock for NW-021 has gone since the offer: order ${second} needs 3, 0 available; run \`orderdesk stock check ${second}\` again`,
      details: { sku: 'NW-021', needed: 3, available: 0 },
    })
    expect(await stock('NW-021')).toEqual({ on_hand: 3, reserved: 3 })
    expect((await d.desk.query('select status from orders where number = ?', [second]))[0]).toEqual({ status: 'offered' })
  })

  it("refuses an offer above the approval threshold until a manager approves it, with the reasons in the catalogue's words", async () => {
    const d = desk()
    await setSetting(await d.ctx('wang'), 'quote.approvalAbove', '50', DEMO_PIN)
    const n = await offered(d, [['NW-011', 5]])
    await expect(signContract(await d.ctx('li'), terms(n))).rejects.toMatchObject({
      code: 'approval_required',
      message: `the quotation for order ${n} needs a manager's approval first (total 105.00 is above 50.00); ask a manager to run \`orderdesk quote approve ${n}\``,
      details: { reasons: ['total 105.00 is above 50.00'] },
    })
  })

  it('refuses terms that are not fit before anything is read', async () => {
    const d = desk()
    const li = await d.ctx('li')
    await expect(signContract(li, { ...terms('26-00001'), paymentMethod: '  ' })).rejects.toMatchObject({ message: 'invalid payment-method "  ": must be 1 to 40 characters' })
    await expect(signContract(li, { ...terms('26-00001'), paymentDue: '2026-11-25' })).rejects.toMatchObject({
      message: 'invalid payment-due "2026-11-25": must not be before today (2026-11-26)',
    })
    await expect(signContract(li, { ...terms('26-00001'), depositPct: 101 })).rejects.toMatchObject({ message: 'invalid deposit "101": must be a whole percent from 0 to 100' })
    await expect(signContract(await d.ctx('wu'), terms('26-00001'))).rejects.toMatchObject({ message: 'wu is finance; signing a contract needs role clerk or manager' })
  })
})
