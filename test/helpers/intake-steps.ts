import { checkStock } from '../../src/services/check-stock.js'
import { newInquiry } from '../../src/services/new-inquiry.js'
import { signContract } from '../../src/services/sign-contract.js'
import type { InProcessDesk } from './in-process.js'

/** `[sku, qty]` pairs of an inquiry, at list price unless a price (minor units) is given. */
export type Items = ([string, number] | [string, number, number])[]

/**
 * The first steps of an order as the clerk li takes them, through the use cases: an inquiry
 * for ALFKI (`inquiry`), checked and offered (`offered`: MC's dates, else the lead times),
 * contracted with a 30 % deposit (`contracted`).
 */
export async function inquiry(d: InProcessDesk, items: Items, o: { rush?: boolean } = {}): Promise<string> {
  const lines = items.map(([sku, qty, price]) => ({ sku, qty, price: price ?? null }))
  return (await newInquiry(await d.ctx('li'), { customer: 'ALFKI', items: lines, channel: 'phone', rush: o.rush })).number
}

export async function offered(d: InProcessDesk, items: Items, o: { mcDates?: Record<string, string>; rush?: boolean } = {}): Promise<string> {
  const number = await inquiry(d, items, o)
  await checkStock(await d.ctx('li'), { number, mcDates: o.mcDates ?? {}, notProducible: {}, useLeadTimes: o.mcDates === undefined })
  return number
}

export async function contracted(d: InProcessDesk, items: Items, o: { mcDates?: Record<string, string>; rush?: boolean } = {}): Promise<string> {
  const number = await offered(d, items, o)
  await signContract(await d.ctx('li'), contractTerms(number))
  return number
}

/** The contract terms the steps sign with: transfer, due in a week, 30 % deposit. */
export function contractTerms(number: string) {
  return { number, paymentMethod: 'transfer', paymentDue: '2026-12-03', depositPct: 30 }
}
