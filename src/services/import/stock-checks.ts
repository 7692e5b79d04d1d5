import type { OrdersSummary } from '../../domain/import-summary.js'
import { environmentFailure } from '../../store/environment.js'
import { checkStock } from '../check-stock.js'
import type { ServiceContext } from '../context.js'

/** At most this many failed stock checks are listed in the summary. */
const FAILED_LISTED = 1000

/**
 * `import orders --check-stock`: the stock check of each imported order, once it is committed
 * (production lines get lead-time dates), counted in the summary. One that fails is listed and
 * the rest go on; the environment stopping the desk stops the run.
 */
export async function checkImportedStock(ctx: ServiceContext, s: OrdersSummary, numbers: string[]): Promise<void> {
  const sc = s.stockCheck
  if (!sc) return
  for (const number of numbers) {
    try {
      const r = await checkStock(ctx, { number, mcDates: {}, notProducible: {}, useLeadTimes: true })
      if (r.status === 'offered') sc.offered++
      else sc.lost++
    } catch (e) {
      if (environmentFailure(e)) throw e
      if (sc.failed.length < FAILED_LISTED) sc.failed.push({ number, reason: (e as Error).message })
    }
  }
}
