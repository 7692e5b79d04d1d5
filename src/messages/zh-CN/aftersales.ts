import type { AftersalesMessages } from '../../domain/messages/aftersales.js'
import type { Words } from '../words.js'

const COLUMN: Record<AftersalesMessages['aftersales.column']['column'], string> = {
  id: '编号',
  order: '订单号',
  customer: '客户',
  status: '状态',
  opened: '登记日期',
  text: '投诉内容',
  resolution: '处理结果',
}

/** The aftersales messages in Chinese (the glossary: docs/glossary.md). */
export const aftersales: Words<AftersalesMessages> = {
  'aftersales.ratingRange': () => '须为 1 到 5 的整数',
  'aftersales.notDelivered': (p) => `订单 ${p.order} 还没有货物送达；客户满意度在送达后登记`,
  'aftersales.feedbackExists': (p) => `订单 ${p.order} 已登记客户满意度（${p.rating}/5，${p.by} 登记）；要修改请加 --replace`,
  'aftersales.empty': () => '不能为空',
  'aftersales.seeComplaints': () => '查看 `orderdesk complaint list`',
  'aftersales.alreadyResolved': (p) => `投诉 ${p.id} 已解决${p.resolution ? `（${p.resolution}）` : ''}`,
  'aftersales.askComplaint': () => '投诉内容',
  'aftersales.opened': (p) => `已登记投诉 #${p.id}（订单 ${p.order}）`,
  'aftersales.idRule': () => '须为投诉编号，如 7（查看 `orderdesk complaint list`）',
  'aftersales.askResolution': () => '处理结果',
  'aftersales.resolved': (p) => `投诉 #${p.id}（订单 ${p.order}）已解决`,
  'aftersales.askRating': () => '满意度评分 1-5',
  'aftersales.ratingHint': () => '请输入 1 到 5',
  'aftersales.feedbackRecorded': (p) => `已登记订单 ${p.order} 的客户满意度：${p.rating}/5`,
  'aftersales.none': () => '没有投诉',
  'aftersales.column': (p) => COLUMN[p.column],
}
