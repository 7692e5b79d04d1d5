import type { LoadedSalesOrder } from '../../read/forms/sales-order.js'
import { baseModel, closedBanner, orderMeta, type FormLayout } from './form-model.js'
import { priceRows } from './line-table.js'
import { person, signature } from './people.js'
import { dash, deliveryText, depositText, money, paymentText, sourceText } from './terms.js'

/** 销售订单: the formal sales order, in force once the sales manager has signed it. */
export const salesOrderLayout: FormLayout<LoadedSalesOrder> = {
  title: { en: 'Sales Order', zh: '销售订单' },
  build(f) {
    const o = f.agg.order
    const so = f.salesOrder
    const total = f.lines.reduce((a, l) => a + l.amount, 0)
    return baseModel(f, {
      banner: closedBanner(f),
      numberLabel: '订单编号',
      meta: [
        { label: 'Signed 签发日期', value: dash(so.signed_at) },
        ...orderMeta(f, o.revision),
        { label: 'Contract 合同号', value: f.contract?.doc.number ?? '—' },
        { label: 'Delivery 交货日期', value: dash(o.promised_date) },
      ],
      rows: priceRows(f.lines),
      totals: [
        { label: 'Total 合计', value: money(total) },
        { label: 'Paid 已付', value: money(o.paid) },
      ],
      terms: [
        { label: 'Delivery 交货日期', value: deliveryText(o.promised_date, o.requested_date) },
        { label: 'Payment 付款方式', value: paymentText(o.payment_method, o.payment_due) },
        { label: 'Deposit 定金', value: depositText(total, o.deposit_pct) },
        { label: 'Supply 供货', value: supply(f) },
        { label: 'Source 来源', value: sourceText(f) },
        ...(o.rush ? [{ label: 'Priority 优先级', value: 'RUSH 加急' }] : []),
      ],
      notes: ['In force once signed by the sales manager. 经业务部经理签字后生效。'],
      signatures: [
        signature(f, 'clerk', null, 'prepared 制单'),
        signature(f, 'manager', so.signed_by ? { by: so.signed_by, date: so.signed_at ?? '' } : null, 'signed 签发'),
      ],
    })
  },
}

/** Where each line comes from: stock, or a production order (with its MC and due date). */
function supply(f: LoadedSalesOrder): string {
  const lines = [
    ...f.agg.lines.filter((l) => l.qty > 0 && l.stock_qty > 0).map((l) => `${l.sku} × ${l.stock_qty} from stock 库存`),
    ...f.agg.productionOrders
      .filter((m) => m.status !== 'cancelled')
      .map((m) => `${m.sku} × ${m.qty} production order 生产命令单 ${m.number} (MC ${person(f, m.assignee)}, due ${m.due_date})`),
  ]
  return lines.length ? lines.join('\n') : '—'
}
