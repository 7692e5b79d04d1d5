import type { LoadedProductionOrder } from '../../read/forms/production-order.js'
import { baseModel, closedBanner, type FormLayout } from './form-model.js'
import { figures, ITEM_COLUMNS } from './line-table.js'
import { signature } from './people.js'
import { dash } from './terms.js'

/** What is to be made: no prices, it goes to the factory. */
const COLUMNS = [...ITEM_COLUMNS, figures('Qty', '数量'), figures('Done', '已入库'), figures('QC rej.', '不合格'), { en: 'Due', zh: '要求完成', align: 'left' as const }]

/**
 * 生产命令单: what material control is to make for an order, in force once the manager has
 * signed it, accepted by MC with a completion date. No prices: it goes to the factory.
 */
export const productionOrderLayout: FormLayout<LoadedProductionOrder> = {
  title: { en: 'Production Order', zh: '生产命令单' },
  build(f) {
    const o = f.agg.order
    const m = f.mo
    const line = f.agg.lines.find((l) => l.id === m.line_id)
    const status =
      m.status === 'rejected' ? `rejected 退回: ${m.reject_reason ?? ''}` : m.status === 'in_progress' ? `in progress 生产中 ${m.progress}%` : m.status
    const mcNote =
      m.status === 'rejected'
        ? `rejected 退回: ${m.reject_reason ?? ''}`
        : f.accepted
          ? `accepted, completion by 承诺完成 ${m.committed_date ?? ''}${f.done ? `; done 完工 ${f.done.date}` : ''}`
          : 'to accept with a completion date 待接单'
    return baseModel(f, {
      banner: m.status === 'cancelled' ? 'CANCELLED 已取消 — withdrawn by a customer change' : closedBanner(f),
      numberLabel: '命令单号',
      meta: [
        { label: 'Issued 下达日期', value: m.dispatched_date },
        { label: 'Order 订单号', value: o.number },
        { label: 'Revision 版本', value: String(o.revision) },
        { label: 'MC 物控负责人', value: m.assignee },
        { label: 'Priority 优先级', value: m.priority ? 'RUSH 加急' : 'normal 普通' },
        { label: 'Due 要求完成', value: m.due_date },
        { label: 'Committed 承诺完成', value: dash(m.committed_date) },
      ],
      columns: COLUMNS,
      rows: [['1', m.sku, m.product_name, m.unit, String(m.qty), String(m.done_qty), m.rejected_qty ? String(m.rejected_qty) : '', m.due_date]],
      terms: [
        { label: 'Status 状态', value: status },
        ...(line ? [{ label: 'Order line 订单行', value: `${line.qty} ${line.unit} ordered 订购, ${line.stock_qty} from stock 库存, ${line.shortfall} to make 待生产` }] : []),
        { label: 'Promised 客户交期', value: dash(o.promised_date) },
        ...(m.status !== 'done' && m.done_qty < m.qty ? [{ label: 'Still to make 未完成', value: `${m.qty - m.done_qty} ${m.unit}` }] : []),
        ...(m.rating ? [{ label: 'Rating 评价', value: `${m.rating}/5${m.rating_comment ? ` ${m.rating_comment}` : ''}` }] : []),
      ],
      notes: ['In force once signed by the department manager; material control accepts it with a completion date. 经业务部经理签字生效，物控部确认完成日期后接单。'],
      signatures: [
        signature(f, 'clerk', null, 'issued 下达'),
        signature(f, 'manager', { by: m.signed_by, date: m.dispatched_date }, 'signed 签发'),
        signature(f, 'mc', f.accepted ?? f.rejected, mcNote),
      ],
    })
  },
}
