import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issue 19: "Mistakes cannot be corrected: no way … to edit a customer or a product (the only
 * route is re-importing master data)". `customer edit <code>` and `product edit <sku>` take the
 * flags of `add`; only the given fields change; each edit is one audit event with the values
 * before and after, and `customer show` / `product show` list the record's history.
 */
let desk: Desk
beforeAll(async () => {
  desk = await tempDesk()
})
afterAll(() => desk?.cleanup())

const events = (entity: string, ref: string) =>
  desk.query<{ action: string; actor: string; data: string }>('select action, actor, data from events where entity = ? and ref = ? order by id', [entity, ref])
const count = async () => Number((await desk.query<{ n: number }>('select count(*) as n from events'))[0]!.n)

describe('customer edit', () => {
  it('changes contact, phone and address, audited with before and after, and listed in the history', async () => {
    const r = await desk.run(['customer', 'edit', 'ALFKI', '--contact', 'Ana Trujillo', '--phone', '030-0076545', '--address', 'Avda. de la Constitución 2222, México D.F.'])
    expect(r.exitCode, r.stderr).toBe(0)
    expect(r.stderr).toBe('✓ customer ALFKI changed: Contact, Phone, Address')
    const c = await desk.json(['customer', 'show', 'ALFKI'])
    expect(c).toMatchObject({ code: 'ALFKI', name: 'Alfreds Futterkiste', contact: 'Ana Trujillo', phone: '030-0076545', address: 'Avda. de la Constitución 2222, México D.F.' })
    expect(c.history).toEqual([
      {
        at: expect.any(String),
        date: '2026-11-26',
        by: 'li',
        action: 'edit',
        changes: {
          contact: { from: 'Maria Anders', to: 'Ana Trujillo' },
          phone: { from: '030-0074321', to: '030-0076545' },
          address: { from: 'Obere Str. 57, 12209 Berlin, Germany', to: 'Avda. de la Constitución 2222, México D.F.' },
        },
        import: null,
      },
    ])
    const ev = await events('customer', 'ALFKI')
    expect(ev.map((e) => [e.action, e.actor])).toEqual([['customer.edit', 'li']])
    expect(JSON.parse(ev[0]!.data)).toEqual({
      changes: {
        contact: ['Maria Anders', 'Ana Trujillo'],
        phone: ['030-0074321', '030-0076545'],
        address: ['Obere Str. 57, 12209 Berlin, Germany', 'Avda. de la Constitución 2222, México D.F.'],
      },
    })
    const text = (await desk.run(['customer', 'show', 'ALFKI'])).stdout
    expect(text).toContain('Contact  Ana Trujillo')
    expect(text).toMatch(/\nHistory\nDate +By +What\n/)
    expect(text).toMatch(/2026-11-26 +li +edited:\n +Contact: Maria Anders → Ana Trujillo\n +Phone: 030-0074321 → 030-0076545\n/)
    expect((await desk.run(['audit', 'verify'])).exitCode).toBe(0)
  })

  it('changes only the fields given; the same values again change nothing and record nothing; --json names the changes', async () => {
    const before = await count()
    const same = await desk.run(['customer', 'edit', 'VINET', '--contact', 'Paul Henriot'])
    expect(same.exitCode, same.stderr).toBe(0)
    expect(same.stderr).toBe('✓ customer VINET: nothing changed (the values given are the ones it has)')
    expect(await count()).toBe(before)
    const r = await desk.json(['customer', 'edit', 'VINET', '--name', 'Vins et alcools Chevalier SARL', '--phone', ''])
    expect(r).toEqual({
      code: 'VINET',
      name: 'Vins et alcools Chevalier SARL',
      contact: 'Paul Henriot',
      phone: null,
      address: '59 rue de l\'Abbaye, 51100 Reims, France',
      changes: { name: { from: 'Vins et alcools Chevalier', to: 'Vins et alcools Chevalier SARL' }, phone: { from: '26.47.15.10', to: null } },
    })
    expect(await count()).toBe(before + 1)
    // the pick list finds it by its new name
    expect((await desk.json(['customer', 'list'])).find((c: any) => c.code === 'VINET').name).toBe('Vins et alcools Chevalier SARL')
  })

  it('refuses an unknown code (exit 3), bad values and no flags without a terminal (exit 2), a role without master data (exit 4); nothing written', async () => {
    const before = await count()
    const unknown = await desk.run(['customer', 'edit', 'NOPE', '--phone', '1'])
    expect(unknown.exitCode).toBe(3)
    expect(unknown.stderr).toBe('orderdesk: customer "NOPE" not found (see `orderdesk customer list`)')
    const none = await desk.run(['customer', 'edit', 'ALFKI'])
    expect(none.exitCode).toBe(2)
    expect(none.stderr).toBe('orderdesk: must provide `one of --name, --contact, --phone, --address` when not running interactively')
    const empty = await desk.run(['customer', 'edit', 'ALFKI', '--name', ' '])
    expect(empty.exitCode).toBe(2)
    expect(empty.stderr).toBe('orderdesk: invalid name "": must not be empty')
    const long = await desk.run(['customer', 'edit', 'ALFKI', '--phone', '1'.repeat(41)])
    expect(long.exitCode).toBe(2)
    expect(long.stderr).toContain('invalid --phone')
    const mc = await desk.run(['customer', 'edit', 'ALFKI', '--phone', '1'], { user: 'zhao' })
    expect(mc.exitCode).toBe(4)
    expect(mc.stderr).toBe('orderdesk: zhao is mc; editing a customer needs role clerk or manager')
    expect(await count()).toBe(before)
    expect((await desk.json(['customer', 'show', 'ALFKI'])).phone).toBe('030-0076545')
  })

  it('the history also lists how it was added and what an import changed', async () => {
    await desk.run(['customer', 'add', '--code', 'HIST', '--name', 'History Ltd', '--contact', 'A'])
    const file = join(desk.dir, 'customers.csv')
    writeFileSync(file, 'code,name,contact\nHIST,History Ltd,B\n')
    const imp = await desk.run(['import', 'customers', file])
    expect(imp.exitCode, imp.stderr).toBe(0)
    await desk.run(['customer', 'edit', 'HIST', '--contact', 'C'], { user: 'chen' })
    const h = (await desk.json(['customer', 'show', 'HIST'])).history
    expect(h.map((e: any) => [e.action, e.by, e.changes])).toEqual([
      ['add', 'li', {}],
      ['update', 'li', { contact: { from: 'A', to: 'B' } }],
      ['edit', 'chen', { contact: { from: 'B', to: 'C' } }],
    ])
    expect(h[1].import).toEqual({ file, line: 2 })
  })

  it('in Chinese', async () => {
    const r = await desk.run(['--lang', 'zh-CN', 'customer', 'edit', 'BERGS', '--contact', '林晓东'])
    expect(r.stderr).toBe('✓ 已修改客户 BERGS：联系人')
    const text = (await desk.run(['--lang', 'zh-CN', 'customer', 'show', 'BERGS'])).stdout
    expect(text).toMatch(/\n修改记录\n日期 +操作人 +内容\n/)
    expect(text).toMatch(/2026-11-26 +li +修改：\n +联系人：Christina Berglund → 林晓东/)
  })
})

describe('product edit', () => {
  it('changes the price and the name, audited, in the history; new offers take the new price, orders taken keep theirs', async () => {
    const n = (await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])).stdout.trim()
    const r = await desk.run(['product', 'edit', 'NW-011', '--price', '22.50', '--name', 'Queso Cabrales (aged)'])
    expect(r.exitCode, r.stderr).toBe(0)
    expect(r.stderr).toBe('✓ product NW-011 changed: Name, Price')
    const p = await desk.json(['product', 'show', 'NW-011'])
    expect(p).toMatchObject({ sku: 'NW-011', name: 'Queso Cabrales (aged)', price: '22.50', unit: 'case', leadDays: 28, producible: true })
    expect(p.history).toEqual([
      { at: expect.any(String), date: '2026-11-26', by: 'li', action: 'edit', changes: { name: { from: 'Queso Cabrales', to: 'Queso Cabrales (aged)' }, price: { from: '21.00', to: '22.50' } }, import: null },
    ])
    const ev = await events('product', 'NW-011')
    expect(JSON.parse(ev.at(-1)!.data)).toEqual({ changes: { name: ['Queso Cabrales', 'Queso Cabrales (aged)'], price: [2100, 2250] } })
    const text = (await desk.run(['product', 'show', 'NW-011'])).stdout
    expect(text).toMatch(/edited:\n +Name: Queso Cabrales → Queso Cabrales \(aged\)\n +Price: 21\.00 → 22\.50/)
    // the order taken before keeps its price; a new one is offered at the new list price
    expect((await desk.json(['order', 'show', n])).total).toBe('105.00')
    const m = (await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])).stdout.trim()
    expect((await desk.json(['order', 'show', m])).total).toBe('112.50')
  })

  it('unit, lead days and producible, by the flags of add', async () => {
    const r = await desk.json(['product', 'edit', 'NW-001', '--unit', 'box', '--lead-days', '9', '--not-producible'])
    expect(r).toMatchObject({ sku: 'NW-001', unit: 'box', leadDays: 9, producible: false, changes: { unit: { from: 'case', to: 'box' }, leadDays: { from: 14, to: 9 }, producible: { from: true, to: false } } })
    expect((await desk.json(['product', 'edit', 'NW-001', '--producible'])).changes).toEqual({ producible: { from: false, to: true } })
  })

  it('refuses an unknown sku (exit 3) and bad values (exit 2); nothing written', async () => {
    const before = await count()
    const unknown = await desk.run(['product', 'edit', 'NOPE', '--price', '1'])
    expect(unknown.exitCode).toBe(3)
    expect(unknown.stderr).toBe('orderdesk: product "NOPE" not found (see `orderdesk product list`)')
    for (const [args, words] of [
      [['--price', 'abc'], 'orderdesk: invalid price "abc": must be an amount like 12.50'],
      [['--price', '1.999'], 'at most two decimals'],
      [['--lead-days', '-3'], 'orderdesk: invalid --lead-days "-3": must be a whole number of days'],
      [['--unit', ''], 'orderdesk: invalid --unit "": must not be empty'],
      [['--name', ''], 'orderdesk: invalid name "": must not be empty'],
      [['--producible', '--not-producible'], 'give --producible or --not-producible, not both'],
      [[], 'orderdesk: must provide `one of --name, --price, --unit, --lead-days, --producible, --not-producible` when not running interactively'],
    ] as const) {
      const r = await desk.run(['product', 'edit', 'NW-002', ...args])
      expect(r.exitCode, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toContain(words)
    }
    expect(await count()).toBe(before)
    expect((await desk.json(['product', 'show', 'NW-002'])).price).toBe('19.00')
  })
})
