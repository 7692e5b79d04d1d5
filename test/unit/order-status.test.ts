import { describe, expect, it } from 'vitest'
import {
  NEEDS_ACTION_STATUSES,
  ORDER_STATUSES,
  STEPS,
  canRun,
  isOrderStatus,
  type OrderStatus,
  type StepName,
} from '../../src/domain/order-status.js'
import { NEXT_ACTION, refusalMessage } from '../helpers/next-words.js'

const ALLOWED: Record<StepName, OrderStatus[]> = {
  checkStock: ['inquiry', 'offered'],
  markLost: ['inquiry', 'offered'],
  dropInquiry: ['inquiry', 'offered'],
  signContract: ['offered'],
  approveQuote: ['offered'],
  rejectQuote: ['offered'],
  repriceQuote: ['offered'],
  recordPayment: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed'],
  confirm: ['contracted'],
  planShipment: ['ready', 'shipping'],
  sendShipment: ['shipping'],
  deliverShipment: ['shipping', 'shipped'],
  issueInvoice: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed'],
  requestChange: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping'],
  addFeedback: ['shipping', 'shipped', 'completed'],
  openComplaint: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'],
  // issue 19: payments
  refundPayment: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'],
  voidPayment: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'],
  receiveReturn: ['completed'],
  // issue 19: the customer's paperwork comes in at any time (countersigning checks the document was issued)
  countersignContract: [...ORDER_STATUSES],
  countersignConfirmation: [...ORDER_STATUSES],
  attach: [...ORDER_STATUSES],
}

describe('ORDER_STATUSES', () => {
  it('are exactly the statuses of SPEC §3, in lifecycle order', () => {
    expect([...ORDER_STATUSES]).toEqual([
      'inquiry',
      'offered',
      'lost',
      'contracted',
      'confirmed',
      'in_production',
      'ready',
      'shipping',
      'shipped',
      'completed',
      'cancelled',
    ])
  })
})

describe('isOrderStatus', () => {
  it('accepts every status', () => {
    for (const s of ORDER_STATUSES) expect(isOrderStatus(s)).toBe(true)
  })

  it.each(['', 'Inquiry', 'in-production', 'done', 'open', ' inquiry'])('rejects %j', (s) => {
    expect(isOrderStatus(s)).toBe(false)
  })
})

describe('STEPS', () => {
  it('lead where SPEC §3 says', () => {
    expect(STEPS.checkStock.to).toBe('offered')
    expect(STEPS.markLost.to).toBe('lost')
    expect(STEPS.dropInquiry.to).toBe('lost')
    expect(STEPS.signContract.to).toBe('contracted')
  })

  it('name the command a clerk types', () => {
    expect(STEPS.checkStock.command).toBe('stock check')
    expect(STEPS.markLost.command).toBe('stock check')
    expect(STEPS.dropInquiry.command).toBe('inquiry drop')
    expect(STEPS.signContract.command).toBe('contract sign')
  })
})

describe('canRun', () => {
  for (const step of Object.keys(ALLOWED) as StepName[]) {
    for (const status of ORDER_STATUSES) {
      const expected = ALLOWED[step].includes(status)
      it(`${step} in ${status} → ${expected}`, () => {
        expect(canRun(step, status)).toBe(expected)
      })
    }
  }
})

describe('refusalMessage', () => {
  it('names the current state, the allowed states and the next command', () => {
    expect(refusalMessage('signContract', '26-00042', 'inquiry')).toBe(
      'cannot sign the contract for order 26-00042: it is inquiry (`contract sign` needs offered); next for this order: orderdesk stock check 26-00042',
    )
  })

  it('joins several allowed states with "or"', () => {
    expect(refusalMessage('checkStock', '26-00042', 'contracted')).toBe(
      'cannot check stock for order 26-00042: it is contracted (`stock check` needs inquiry or offered); next for this order: orderdesk payment record 26-00042',
    )
  })

  it('fills the order into a next command that has more arguments', () => {
    expect(refusalMessage('dropInquiry', '26-00007', 'ready')).toBe(
      'cannot drop order 26-00007: it is ready (`inquiry drop` needs inquiry or offered); next for this order: orderdesk ship 26-00007 --date <date>',
    )
  })

  it('uses a next command without an order as is', () => {
    expect(refusalMessage('signContract', '26-00001', 'confirmed')).toBe(
      'cannot sign the contract for order 26-00001: it is confirmed (`contract sign` needs offered); next for this order: orderdesk production list',
    )
  })

  it.each(['lost', 'completed', 'cancelled'] as const)('has no next command for the final status %s', (status) => {
    expect(refusalMessage('signContract', '26-00001', status)).toBe(
      `cannot sign the contract for order 26-00001: it is ${status} (\`contract sign\` needs offered)`,
    )
  })

  it('names the current state and the next command for every status', () => {
    for (const status of ORDER_STATUSES) {
      const msg = refusalMessage('signContract', '26-00099', status)
      expect(msg).toContain(`it is ${status} (`)
      const cmd = NEXT_ACTION[status].command
      if (cmd) expect(msg.endsWith(`; next for this order: ${cmd.replace('{order}', '26-00099')}`)).toBe(true)
      else expect(msg).not.toContain('next for this order')
      expect(msg).not.toContain('{order}')
    }
  })
})

describe('NEXT_ACTION', () => {
  it('has an entry for every status and no other', () => {
    expect(Object.keys(NEXT_ACTION).sort()).toEqual([...ORDER_STATUSES].sort())
    for (const s of ORDER_STATUSES) {
      const a = NEXT_ACTION[s]
      expect(a, s).toBeDefined()
      expect(typeof a.hint, s).toBe('string')
      expect(a.hint.length, s).toBeGreaterThan(0)
    }
  })

  it('gives a command and an owner for every open status, none for the final ones', () => {
    for (const s of ORDER_STATUSES) {
      const a = NEXT_ACTION[s]
      if (s === 'lost' || s === 'completed' || s === 'cancelled') {
        expect(a.command, s).toBeNull()
        expect(a.owner, s).toBeNull()
      } else {
        expect(a.command, s).toMatch(/^orderdesk /)
        expect(a.owner, s).not.toBeNull()
      }
    }
  })

  it('points at the expected commands', () => {
    expect(NEXT_ACTION.inquiry.command).toBe('orderdesk stock check {order}')
    expect(NEXT_ACTION.offered.command).toBe('orderdesk contract sign {order}')
    expect(NEXT_ACTION.contracted.command).toBe('orderdesk payment record {order}')
    expect(NEXT_ACTION.ready.command).toBe('orderdesk ship {order} --date <date>')
    expect(NEXT_ACTION.shipping.command).toBe('orderdesk ship send {order}')
    expect(NEXT_ACTION.shipped.command).toBe('orderdesk ship deliver {order}')
  })

  it('owners are clerk, mc or logistics', () => {
    expect(NEXT_ACTION.inquiry.owner).toBe('clerk')
    expect(NEXT_ACTION.confirmed.owner).toBe('mc')
    expect(NEXT_ACTION.in_production.owner).toBe('mc')
    expect(NEXT_ACTION.shipping.owner).toBe('logistics')
    expect(NEXT_ACTION.shipped.owner).toBe('logistics')
  })
})

describe('NEEDS_ACTION_STATUSES', () => {
  it('are the statuses where the desk owes the next step', () => {
    expect([...NEEDS_ACTION_STATUSES]).toEqual(['inquiry', 'offered', 'contracted', 'ready'])
    for (const s of NEEDS_ACTION_STATUSES) expect(NEXT_ACTION[s].owner).toBe('clerk')
  })
})
