import { tr } from '../../messages/index.js'
import type { LoadedInquiry } from '../../read/forms/inquiry.js'
import { baseModel, closedBanner, dash, dateOr, field, type FormLayout } from './form-model.js'
import { linesTotal, priceRows } from './line-table.js'
import { signature, signNote } from './people.js'

/** 预订货记录: the pre-order as the clerk took it on the phone (from status `inquiry` on). */
export const inquiryLayout: FormLayout<LoadedInquiry> = {
  build(f) {
    const o = f.agg.order
    return baseModel(f, {
      banner: closedBanner(f),
      meta: [
        field('date', o.order_date),
        field('channel', tr('name.channel', { channel: o.channel })),
        field('sourceRef', dash(o.source_ref)),
        field('requested', dateOr(o.requested_date)),
        field('rush', tr('form.yesNo', { yes: Boolean(o.rush) })),
        field('status', tr('name.orderStatus', { status: o.status })),
        field('revision', String(o.revision)),
      ],
      rows: priceRows(f.lines),
      totals: [field('total', linesTotal(f.lines))],
      terms: [...(o.ext_ref ? [field('externalRef', o.ext_ref)] : []), ...(o.note ? [field('note', o.note)] : [])],
      notes: [tr('form.note', { note: 'inquiry' })],
      signatures: [signature(f, 'clerk', { by: o.created_by, date: o.order_date }, signNote('recorded'))],
    })
  },
}
