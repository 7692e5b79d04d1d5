import { describe, expect, it } from 'vitest'
import {
  PRODUCTION_STATUSES,
  PRODUCTION_STEPS,
  canRunProduction,
  leastLoaded,
  type ProductionStatus,
  type ProductionStep,
} from '../../src/domain/production-status.js'

const FROM: Record<ProductionStep, ProductionStatus[]> = {
  accept: ['dispatched'],
  reject: ['dispatched', 'accepted'],
  progress: ['accepted', 'in_progress'],
  done: ['accepted', 'in_progress'],
  dispatch: ['dispatched', 'rejected'],
  rate: ['done'],
  sign: ['awaiting_signoff'],
  reopen: ['done', 'in_progress'],
}

describe('PRODUCTION_STEPS', () => {
  it('has exactly the eight steps', () => {
    expect(Object.keys(PRODUCTION_STEPS)).toEqual(['accept', 'reject', 'progress', 'done', 'dispatch', 'rate', 'sign', 'reopen'])
  })

  it.each(Object.entries(FROM))('%s runs from exactly %j', (step, from) => {
    expect([...PRODUCTION_STEPS[step as ProductionStep].from]).toEqual(from)
  })
})

describe('canRunProduction for every step × status', () => {
  const cases = (Object.keys(PRODUCTION_STEPS) as ProductionStep[]).flatMap((step) =>
    PRODUCTION_STATUSES.map((status) => [step, status, FROM[step].includes(status)] as const),
  )

  it('covers 8 steps × 7 statuses', () => {
    expect(cases).toHaveLength(56)
  })

  it.each(cases)('%s from %s → %s', (step, status, allowed) => {
    expect(canRunProduction(step, status)).toBe(allowed)
  })

  it.each(Object.keys(PRODUCTION_STEPS) as ProductionStep[])('%s refuses unknown statuses', (step) => {
    expect(canRunProduction(step, '')).toBe(false)
    expect(canRunProduction(step, 'DISPATCHED')).toBe(false)
    expect(canRunProduction(step, 'inProgress')).toBe(false)
  })
})

describe('leastLoaded', () => {
  it('empty → null', () => {
    expect(leastLoaded([])).toBeNull()
  })

  it('a single MC user is picked', () => {
    expect(leastLoaded([{ name: 'zhao', openCount: 9, openQty: 900 }])).toBe('zhao')
  })

  it('fewest open production orders wins, whatever the quantity', () => {
    expect(
      leastLoaded([
        { name: 'sun', openCount: 2, openQty: 1 },
        { name: 'zhao', openCount: 1, openQty: 500 },
      ]),
    ).toBe('zhao')
  })

  it('same count: least open quantity wins', () => {
    expect(
      leastLoaded([
        { name: 'sun', openCount: 2, openQty: 40 },
        { name: 'zhao', openCount: 2, openQty: 30 },
        { name: 'qian', openCount: 2, openQty: 31 },
      ]),
    ).toBe('zhao')
  })

  it('same count and quantity: by name', () => {
    expect(
      leastLoaded([
        { name: 'zhao', openCount: 0, openQty: 0 },
        { name: 'sun', openCount: 0, openQty: 0 },
      ]),
    ).toBe('sun')
  })

  it('does not reorder the caller’s array', () => {
    const load = [
      { name: 'zhao', openCount: 3, openQty: 0 },
      { name: 'sun', openCount: 0, openQty: 0 },
    ]
    expect(leastLoaded(load)).toBe('sun')
    expect(load.map((l) => l.name)).toEqual(['zhao', 'sun'])
  })
})
