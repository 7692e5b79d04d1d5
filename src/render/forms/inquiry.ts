import type { LoadedInquiry } from '../../read/forms/inquiry.js'
import { baseModel, closedBanner, type FormLayout } from './form-model.js'
import { linesTotal, priceRows } from './line-table.js'
import { signature } from './people.js'
import { dash } from './terms.js'

/** 预订货记录: the pre-order as the clerk took it on the phone (from status `inquiry` on). */
export const inquiryLayout: FormLayout<LoadedInquiry> = {
  title: { en: 'Pre-order Record', zh: '预订货记录' },
  build(f) {
    const o = f.agg.order
    return baseModel(f, {
      banner: closedBanner(f),
      numberLabel: '编号',
      meta: [
        { label: 'Date 日期', value: o.order_date },
        { label: 'Channel 渠道', value: o.channel },
        { label: 'Source 来源', value: dash(o.source_ref) },
        { label: 'Requested 要求交期', value: dash(o.requested_date) },
        { label: 'Rush 加急', value: o.rush ? 'yes 是' : 'no 否' },
        { label: 'Status 状态', value: o.status },
        { label: 'Revision 版本', value: String(o.revision) },
      ],
      rows: priceRows(f.lines),
      totals: [{ label: 'Total 合计', value: linesTotal(f.lines) }],
      terms: [
        ...(o.ext_ref ? [{ label: 'External ref 外部编号', value: o.ext_ref }] : []),
        ...(o.note ? [{ label: 'Note 备注', value: o.note }] : []),
      ],
      notes: ['Prices are list prices or as quoted on the phone; the delivery date follows the stock check with material control. 价格及交期以库存核对后的报价为准。'],
      signatures: [signature(f, 'clerk', { by: o.created_by, date: o.order_date }, 'recorded 记录')],
    })
  },
}
