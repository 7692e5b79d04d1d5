import { tr } from '../../messages/index.js'
import type { LoadedConfirmation } from '../../read/forms/confirmation.js'
import { baseModel, closedBanner, field, none, orderMeta, type FormLayout } from './form-model.js'
import { paymentList } from './payments.js'
import { priceRows } from './line-table.js'
import { customerCountersign, signature, signNote } from './people.js'
import { deliveryText, depositText, money, paymentText, sourceText } from './terms.js'

/** 订单确认书: the confirmation sent to the customer once the contract is signed. */
export const confirmationLayout: FormLayout<LoadedConfirmation> = {
  build(f) {
    const o = f.agg.order
    const c = f.contract
    const latest = !c.supersededBy
    const notes = [tr('form.noteConfirmation', { contract: c.doc.number, signed: c.doc.signed_at ?? '' })]
    if (c.amended) notes.push(tr('form.noteConfirmationAmended', { revision: c.revision }))
    return baseModel(f, {
      banner: c.supersededBy ? tr('form.bannerConfirmationSuperseded', { by: c.supersededBy, number: c.doc.number }) : closedBanner(f),
      meta: [
        field('date', c.doc.signed_at ?? ''),
        ...orderMeta(f, c.revision),
        field('contract', c.doc.number),
        field('yourRef', o.source_ref ?? o.ext_ref ?? none()),
      ],
      rows: priceRows(c.lines),
      // issue 19: refundforms — the payments as of the day printed
      // (the latest confirmation only: a superseded one's balance is the newer one's to say)
      payments: latest ? paymentList(f) : null,
      totals: [field('total', money(c.total))],
      terms: [
        field('delivery', deliveryText(c.promisedDate, o.requested_date)),
        field('payment', paymentText(c.paymentMethod, c.paymentDue)),
        field('deposit', depositText(c.total, c.depositPct)),
        field('source', sourceText(f)),
      ],
      notes,
      signatures: [
        signature(f, 'clerk', c.doc.signed_by ? { by: c.doc.signed_by, date: c.doc.signed_at ?? '' } : null, signNote('confirmed')),
        customerCountersign(f, f.number, signNote('acknowledged')),
      ],
    })
  },
}
