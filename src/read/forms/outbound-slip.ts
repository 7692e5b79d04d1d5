import { lineAmount } from '../../domain/money.js'
import { DOCUMENT_KINDS } from '../../domain/numbering.js'
import type { OrderAggregate } from '../../store/queries/orders.js'
import type { ShipmentView } from '../../store/queries/shipments.js'
import { lastEvent, signed } from './events.js'
import type { FormOf, FormReader, PrintLine, Signed } from './form-data.js'
import { latestOfSeveral, notYet, pickDocument } from './pick-document.js'

/** 货物出库单: one shipment (the latest, or the one numbered) with its lines priced, and who planned, sent and received it. */
export type LoadedOutboundSlip = FormOf<'outbound-slip', { shipment: ShipmentView; lines: PrintLine[]; planned: Signed | null; sent: Signed | null; delivered: Signed | null }>

export const outboundSlipReader: FormReader<LoadedOutboundSlip> = {
  prefix: DOCUMENT_KINDS.outbound_slip,
  async load(r) {
    const o = r.agg.order
    const slips = r.agg.shipments
    if (slips.length === 0) throw notYet('outbound-slip', o, o.status === 'ready' ? 'shipIt' : 'inWarehouse')
    const sh = pickDocument(r, 'outbound_slip', slips)
    const about = (action: string) => lastEvent(r.agg.events, action, sh.number)
    const plan = about('ship.plan')
    const send = about('ship.send')
    const deliver = about('ship.deliver')
    return {
      ...r.base,
      remarks: latestOfSeveral(r, 'outbound-slip', slips),
      form: 'outbound-slip',
      number: sh.number,
      shipment: sh,
      lines: slipLines(r.agg, sh),
      planned: plan ? signed(plan) : { by: sh.created_by, date: sh.created_at.slice(0, 10) },
      sent: send ? signed(send) : null,
      delivered: deliver ? { by: deliver.actor, date: sh.delivered_date ?? deliver.business_date } : null,
    }
  },
  // issue 19: issued documents — the goods, prices and ship-to as issued; sending and delivery as they are now
  since: (issued, now) => ({
    ...issued,
    shipment: { ...now.shipment, address: issued.shipment.address, lines: issued.shipment.lines },
    sent: now.sent,
    delivered: now.delivered,
  }),
}

/** What the shipment carries, priced as the order's lines are. */
function slipLines(agg: OrderAggregate, sh: ShipmentView): PrintLine[] {
  const byLine = new Map(agg.lines.map((l) => [l.id, l]))
  return sh.lines.map((sl, i) => {
    const l = byLine.get(sl.lineId)
    const unitPrice = l?.unit_price ?? 0
    const discountBp = l?.discount_bp ?? 0
    return {
      no: i + 1,
      sku: sl.sku,
      name: sl.name,
      unit: sl.unit,
      qty: sl.qty,
      unitPrice,
      discountBp,
      amount: lineAmount(sl.qty, unitPrice, discountBp),
      source: l?.source ?? null,
      date: l?.line_date ?? null,
    }
  })
}
