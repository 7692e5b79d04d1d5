import { addDays, type IsoDate } from '../../domain/dates.js'
import { NotFoundError, RefusedError } from '../../domain/errors.js'
import { msg } from '../../domain/message.js'
import type { EventRow, DocumentRow } from '../../store/schema.js'
import type { ApprovedOffer } from '../../domain/quote-approval.js'
import { approvedOfferOf, checkQuote, type QuoteCheck } from '../orders.js'
import { eventData, isOffer, lastEvent, signed } from './events.js'
import type { FormOf, FormReader, FormRequest, PrintLine, Signed } from './form-data.js'
import { currentLines } from './order-lines.js'
import { notYet } from './pick-document.js'

interface QuotationInfo {
  /** 1 for the first offer, 2 after a re-check or re-price, ... */
  seq: number
  offered: Signed
  /** The stock check the offer rests on; validity counts from its date. */
  checked: Signed
  validityDays: number
  validUntil: IsoDate
  approval: QuoteCheck
  /** Who approved, when, and what they saw (`offer`: null for an approval from before orderdesk recorded it). */
  approved: (Signed & { offer: ApprovedOffer | null }) | null
  rejected: (Signed & { reason: string | null }) | null
  /** The contract the customer signed on this offer, if any. */
  accepted: DocumentRow | null
}

/** 报价单: the current offer (`-QT<n>`, one a stock check or re-price), its validity and approval. */
export type LoadedQuotation = FormOf<'quotation', { lines: PrintLine[]; quote: QuotationInfo }>

export const quotationReader: FormReader<LoadedQuotation> = {
  prefix: 'QT',
  async load(r) {
    const o = r.agg.order
    const offers = offersOf(r)
    const number = `${o.number}-QT${offers.length}`
    if (r.wanted && r.wanted !== number) throw new NotFoundError('quotation', r.ref, msg('form.onlyCurrent', { current: number }))
    return { ...r.base, form: 'quotation', number, lines: currentLines(r.agg), quote: await quotationInfo(r, offers) }
  },
  // issue 19: issued documents — sent once no approval is needed or the manager approved it
  draft: (f) => f.quote.approval.status === 'pending' || f.quote.approval.status === 'rejected',
  since: (issued, now) => ({ ...issued, quote: { ...issued.quote, accepted: now.quote.accepted } }),
}

/** The offers made so far; refused when there is none. */
function offersOf(r: FormRequest): EventRow[] {
  const o = r.agg.order
  const offers = r.agg.events.filter((e) => isOffer(e))
  if (offers.length > 0) return offers
  if (o.status === 'inquiry') throw notYet('quotation', o, 'checkStock')
  throw new RefusedError(msg('form.neverOffered', { order: o.number, status: o.status, reason: o.lost_reason }), 'no_document', { order: o.number, status: o.status })
}

async function quotationInfo(r: FormRequest, offers: EventRow[]): Promise<QuotationInfo> {
  const { agg } = r
  const o = agg.order
  const checks = agg.events.filter((e) => e.action === 'stock.check' && eventData(e).outcome === 'offered')
  const check = checks.at(-1) ?? offers.at(-1)!
  const stored = r.settings.get('quote.validityDays')
  const validityDays = stored ? Number(stored) : 30
  const approveEvent = lastEvent(agg.events, 'quote.approve')
  const rejectEvent = lastEvent(agg.events, 'quote.reject')
  return {
    seq: offers.length,
    offered: signed(offers.at(-1)!),
    checked: signed(check),
    validityDays,
    validUntil: addDays(check.business_date, validityDays),
    approval: await checkQuote(r.db, o),
    approved: o.quote_approved_by
      ? { by: o.quote_approved_by, date: o.quote_approved_date ?? approveEvent?.business_date ?? '', offer: approvedOfferOf(o.quote_approved_offer) }
      : null,
    rejected: o.quote_rejected_by ? { by: o.quote_rejected_by, date: rejectEvent?.business_date ?? '', reason: o.quote_rejected_reason } : null,
    accepted: agg.documents.filter((d) => d.kind === 'contract').at(-1) ?? null,
  }
}
