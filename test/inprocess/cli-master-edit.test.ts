import { describe, expect, it } from 'vitest'
import { run as editCustomerCommand } from '../../src/cli/commands/customer/edit.js'
import { run as editProductCommand } from '../../src/cli/commands/product/edit.js'
import { deskPerTest } from '../helpers/in-process.js'

/**
 * Issue 19: `customer edit` / `product edit` on a terminal without flags ask for each field,
 * the current value as the default; pressing Enter keeps it.
 */
const desk = deskPerTest()

/** A session whose input prompts answer from `answers` by the prompt's words, else with the default given. */
function session(user: string, answers: Record<string, string>, confirm?: boolean) {
  const { s, stderr } = desk().session(user, { answers: [] })
  const asked: { message: string; default: string | undefined }[] = []
  s.prompt = {
    ...s.prompt,
    input: async (message: string, o: { default?: string } = {}) => {
      asked.push({ message, default: o.default })
      return answers[message] ?? o.default ?? ''
    },
    confirm: async (message: string, def = true) => {
      asked.push({ message, default: String(def) })
      return confirm ?? def
    },
  }
  return { s, stderr, asked }
}

describe('customer edit, interactive', () => {
  it('asks for each field with the current value as the default; only what was changed is changed', async () => {
    const { s, stderr, asked } = session('li', { Phone: '030-0076545' })
    await editCustomerCommand({ code: 'ALFKI', name: undefined, contact: undefined, phone: undefined, address: undefined }, s)
    expect(asked).toEqual([
      { message: 'Name', default: 'Alfreds Futterkiste' },
      { message: 'Contact', default: 'Maria Anders' },
      { message: 'Phone', default: '030-0074321' },
      { message: 'Address', default: 'Obere Str. 57, 12209 Berlin, Germany' },
    ])
    expect(stderr.text).toBe('✓ customer ALFKI changed: Phone\n')
    const ev = await desk().desk.query<{ action: string; data: string }>("select action, data from events where entity = 'customer' and ref = 'ALFKI'")
    expect(ev.map((e) => [e.action, JSON.parse(e.data)])).toEqual([['customer.edit', { changes: { phone: ['030-0074321', '030-0076545'] } }]])
  })

  it('Enter at every question changes nothing and records nothing', async () => {
    const { s, stderr } = session('li', {})
    await editCustomerCommand({ code: 'VINET', name: undefined, contact: undefined, phone: undefined, address: undefined }, s)
    expect(stderr.text).toBe('✓ customer VINET: nothing changed (the values given are the ones it has)\n')
    expect(await desk().desk.query("select id from events where entity = 'customer'")).toEqual([])
  })
})

describe('product edit, interactive', () => {
  it('asks name, list price, unit, lead days and producible, each with the current value', async () => {
    const { s, stderr, asked } = session('li', { 'List price': '22.50' }, false)
    await editProductCommand({ sku: 'NW-011', name: undefined, price: undefined, unit: undefined, leadDays: undefined, producible: false, notProducible: false }, s)
    expect(asked).toEqual([
      { message: 'Name', default: 'Queso Cabrales' },
      { message: 'List price', default: '21.00' },
      { message: 'Unit', default: 'case' },
      { message: 'Lead days', default: '28' },
      { message: 'Can it be made (producible)?', default: 'true' },
    ])
    expect(stderr.text).toBe('✓ product NW-011 changed: Price, Producible\n')
    expect((await desk().desk.query('select price, producible from products where sku = ?', ['NW-011']))[0]).toEqual({ price: 2250, producible: 0 })
  })
})
