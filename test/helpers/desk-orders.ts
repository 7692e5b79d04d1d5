import { DEMO_PIN, type Desk } from './cli.js'

/** The demo manager wang, with his PIN: for the steps that need a manager's sign-off. */
export const AS_MANAGER = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

/**
 * An order of the demo customer ALFKI taken to `stage` through the cli as the clerk li would:
 * offered (`--mc-date` for made-to-order lines), contracted with `deposit` percent, optionally
 * `paid` in full, and confirmed by the manager (made-to-order work to `assign`). Its number.
 *
 * @example
 * const n = await orderAt(desk, 'confirmed', ['NW-017=10'], { mcDates: ['NW-017=2026-12-20'], assign: 'sun' })
 */
export async function orderAt(
  desk: Desk,
  stage: 'contracted' | 'confirmed',
  items: string[],
  opts: { mcDates?: string[]; deposit?: string; paid?: string; assign?: string } = {},
): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i])])).order.number as string
  await desk.json(['stock', 'check', n, ...(opts.mcDates ?? []).flatMap((d) => ['--mc-date', d])])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', opts.deposit ?? '0'])
  if (opts.paid) await desk.json(['payment', 'record', n, '--amount', opts.paid])
  if (stage === 'confirmed') await desk.json(['order', 'confirm', n, ...(opts.assign ? ['--assign', opts.assign] : [])], AS_MANAGER)
  return n
}
