import { describe, expect, it } from 'vitest'
import { run as accept } from '../../src/cli/commands/production/accept.js'
import { run as dispatch } from '../../src/cli/commands/production/dispatch.js'
import { run as done } from '../../src/cli/commands/production/done.js'
import { run as progress } from '../../src/cli/commands/production/progress.js'
import { run as reject } from '../../src/cli/commands/production/reject.js'
import { MissingFlagsError, RefusedError } from '../../src/domain/errors.js'
import { orderAt } from '../helpers/desk-orders.js'
import { deskPerTest } from '../helpers/in-process.js'

const d = deskPerTest()

/** A confirmed order of 10 NW-017 (made to order), its production order dispatched to sun. */
async function dispatchedToSun(): Promise<{ n: string; mo: string }> {
  const n = await orderAt(d().desk, 'confirmed', ['NW-017=10'], { mcDates: ['NW-017=2026-12-20'], assign: 'sun' })
  return { n, mo: `${n}-MO1` }
}

const moRow = async (mo: string) =>
  (await d().desk.query('select status, assignee, committed_date, progress, done_qty, rejected_qty, reject_reason from production_orders where number = ?', [mo]))[0]

describe('production steps, in-process', () => {
  it('reject → dispatch to another MC user → accept (asked on a terminal) → progress → done in two parts', async () => {
    const { n, mo } = await dispatchedToSun()

    const rj = d().session('sun')
    await reject({ mo, reason: 'mould under repair' }, rj.s)
    expect(rj.stdout.text).toBe('')
    expect(rj.stderr.text).toBe(`✓ production order ${mo} rejected: mould under repair\n  next: orderdesk production dispatch ${mo} --assign <mc user>   (clerk)\n`)
    expect(await moRow(mo)).toMatchObject({ status: 'rejected', reject_reason: 'mould under repair' })

    const dp = d().session('li')
    await dispatch({ mo, assign: 'zhao' }, dp.s)
    expect(dp.stderr.text).toBe(`✓ production order ${mo} dispatched to zhao\n`)
    expect(await moRow(mo)).toMatchObject({ status: 'dispatched', assignee: 'zhao' })

    const ac = d().session('zhao', { answers: ['2026-12-18'] })
    await accept({ mo, date: undefined }, ac.s)
    expect((ac.s.prompt as unknown as { asked: string[] }).asked).toEqual(['Committed completion date'])
    expect(ac.stderr.text).toBe(`✓ production order ${mo} accepted, completion by 2026-12-18; order is in_production\n`)

    const pg = d().session('zhao', { json: true })
    await progress({ mo, percent: 40, note: 'cutting' }, pg.s)
    expect(JSON.parse(pg.stdout.text)).toMatchObject({ orderStatus: 'in_production', productionOrder: { number: mo, status: 'in_progress', progress: 40, assignee: 'zhao' } })
    expect(pg.stderr.text).toBe('')

    const part = d().session('zhao')
    await done({ mo, qty: '6', rejected: '2' }, part.s)
    expect(part.stderr.text).toBe(`✓ 4 into the warehouse for ${mo}, 2 rejected at QC; 6 still to make\n`)

    const rest = d().session('zhao')
    await done({ mo, qty: undefined, rejected: undefined }, rest.s)
    expect(rest.stderr.text).toBe(`✓ 6 into the warehouse for ${mo}; production order done\n  goods in warehouse: the order is ready to ship (clerk: agree the ship date)\n`)

    expect(await moRow(mo)).toMatchObject({ status: 'done', assignee: 'zhao', committed_date: '2026-12-18', progress: 100, done_qty: 10, rejected_qty: 2 })
    expect((await d().desk.query('select status from orders where number = ?', [n]))[0]).toEqual({ status: 'ready' })
    const events = await d().desk.query<{ action: string; actor: string }>("select action, actor from events where action like 'production.%' order by id")
    expect(events.map((e) => `${e.action} ${e.actor}`)).toEqual([
      'production.reject sun',
      'production.dispatch li',
      'production.accept zhao',
      'production.progress zhao',
      'production.done zhao',
      'production.done zhao',
    ])
  })

  it('without --date and no terminal, accept names the flag and changes nothing; a committed date after the promise warns', async () => {
    const { mo } = await dispatchedToSun()
    await expect(accept({ mo, date: undefined }, d().session('sun').s)).rejects.toThrow(new MissingFlagsError(['--date']))
    expect(await moRow(mo)).toMatchObject({ status: 'dispatched', committed_date: null })

    const late = d().session('sun')
    await accept({ mo, date: '2027-01-15' }, late.s)
    expect(late.stderr.text).toBe(
      `✓ production order ${mo} accepted, completion by 2027-01-15; order is in_production\n! 2027-01-15 is after the date promised to the customer: the order is flagged at risk for the clerk\n`,
    )
  })

  it('MC cannot re-dispatch, and a clerk cannot report progress: refused, nothing written', async () => {
    const { mo } = await dispatchedToSun()
    await expect(dispatch({ mo, assign: 'zhao' }, d().session('zhao').s)).rejects.toThrow(RefusedError)
    await expect(progress({ mo, percent: 10, note: undefined }, d().session('li').s)).rejects.toThrow('li is clerk; reporting production progress needs role')
    expect(await moRow(mo)).toMatchObject({ status: 'dispatched', assignee: 'sun', progress: 0 })
  })
})
