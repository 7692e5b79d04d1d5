import { describe, expect, it } from 'vitest'
import { ORDER_STATUSES, type OrderStatus } from '../../src/domain/order-status.js'
import { NEXT_ACTION, nextAction, refusalMessage } from '../helpers/next-words.js'

const N = '26-00042'
const order = (over: Partial<Parameters<typeof nextAction>[0]> = {}) => ({
  number: N,
  status: 'inquiry',
  paid: 0,
  deposit: 10000,
  atRisk: false,
  productionIssue: false,
  ...over,
})

const PRODUCTION_ISSUE = {
  command: 'orderdesk production list --status rejected',
  hint: 'MC rejected a production order: re-dispatch it (production dispatch) or change the order',
}

describe('nextAction', () => {
  it.each(['inquiry', 'offered', 'contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped'] as const)(
    'a production issue wins in %s',
    (status) => {
      expect(nextAction(order({ status, productionIssue: true, atRisk: true, paid: 10000 }))).toEqual(PRODUCTION_ISSUE)
    },
  )

  it.each([
    ['lost', null, 'ended before a contract'],
    ['completed', null, 'complete'],
    ['cancelled', null, 'cancelled'],
  ] as const)('not in closed status %s: falls through to NEXT_ACTION', (status, command, hint) => {
    expect(nextAction(order({ status, productionIssue: true }))).toEqual({ command, hint })
  })

  it('contracted with the deposit met → a manager confirms the order', () => {
    const want = { command: `orderdesk order confirm ${N}`, hint: 'deposit received: a manager signs the sales order' }
    expect(nextAction(order({ status: 'contracted', paid: 10000, deposit: 10000 }))).toEqual(want)
    expect(nextAction(order({ status: 'contracted', paid: 12000, deposit: 10000 }))).toEqual(want)
    expect(nextAction(order({ status: 'contracted', paid: 0, deposit: 0 }))).toEqual(want)
  })

  it('contracted without the deposit → record the payment', () => {
    expect(nextAction(order({ status: 'contracted', paid: 9999, deposit: 10000 }))).toEqual({
      command: `orderdesk payment record ${N}`,
      hint: 'record the payment, then a manager confirms the sales order',
    })
  })

  it.each(['confirmed', 'in_production'] as const)('at risk in %s → order show', (status) => {
    expect(nextAction(order({ status, atRisk: true }))).toEqual({
      command: `orderdesk order show ${N}`,
      hint: 'at risk: MC committed a date after the promised date; tell the customer',
    })
  })

  it.each(['inquiry', 'offered', 'ready', 'shipping', 'shipped'] as const)('at risk is ignored in %s', (status) => {
    expect(nextAction(order({ status, atRisk: true })).hint).toBe(NEXT_ACTION[status].hint)
  })

  it.each([
    ['inquiry', `orderdesk stock check ${N}`, 'check stock and offer a date'],
    ['offered', `orderdesk contract sign ${N}`, 'customer to accept: sign the contract, or drop the inquiry'],
    ['confirmed', 'orderdesk production list', 'waiting for material control to accept the production orders'],
    ['in_production', 'orderdesk production list', 'in production'],
    ['ready', `orderdesk ship ${N} --date <date>`, 'goods in the warehouse: agree the ship date and issue the outbound slip'],
    ['shipping', `orderdesk ship send ${N}`, 'logistics to send the goods'],
    ['shipped', `orderdesk ship deliver ${N}`, 'record the delivery'],
    ['lost', null, 'ended before a contract'],
    ['completed', null, 'complete'],
    ['cancelled', null, 'cancelled'],
  ] as const)('otherwise %s → NEXT_ACTION with {order} filled in', (status, command, hint) => {
    expect(nextAction(order({ status }))).toEqual({ command, hint })
  })

  it('every status is covered and no command keeps a {order} placeholder', () => {
    for (const status of ORDER_STATUSES) {
      const r = nextAction(order({ status: status as OrderStatus, paid: 0, deposit: 1 }))
      expect(r.hint).toBe(NEXT_ACTION[status].hint)
      expect(r.command ?? '').not.toContain('{order}')
    }
  })

  it('an unknown status → no command and an empty hint', () => {
    expect(nextAction(order({ status: 'archived' }))).toEqual({ command: null, hint: '' })
  })
})

describe('refusalMessage with the order (issue 16: "next: payment record" on a fully paid order)', () => {
  const row = (over: Record<string, unknown> = {}) => ({ total: 21000, paid: 0, deposit_pct: 30, at_risk: 0, production_issue: 0, ...over })
  const refused = `cannot check stock for order ${N}: it is contracted (\`stock check\` needs inquiry or offered); next for this order: `

  it('a contracted order paid in full names the manager\'s order confirm', () => {
    expect(refusalMessage('checkStock', N, 'contracted', row({ paid: 21000 }))).toBe(`${refused}orderdesk order confirm ${N}`)
  })

  it('a contracted order whose deposit is met names order confirm too; one short of it, payment record', () => {
    expect(refusalMessage('checkStock', N, 'contracted', row({ paid: 6300 }))).toBe(`${refused}orderdesk order confirm ${N}`)
    expect(refusalMessage('checkStock', N, 'contracted', row({ paid: 6299 }))).toBe(`${refused}orderdesk payment record ${N}`)
  })

  it('names what nextAction names in every status', () => {
    for (const status of ORDER_STATUSES) {
      const facts = row({ paid: 21000, at_risk: 1 })
      const want = nextAction({ number: N, status, paid: 21000, deposit: 6300, atRisk: true, productionIssue: false }).command
      const msg = refusalMessage('signContract', N, status, facts)
      if (want) expect(msg.endsWith(`; next for this order: ${want}`), msg).toBe(true)
      else expect(msg).not.toContain('next for this order')
    }
  })
})
