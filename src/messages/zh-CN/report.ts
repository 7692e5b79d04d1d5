import { formatCount as int, formatRate as percent } from '../../domain/counts.js'
import type { FlowKind, MoneyKind, ReportHead, ReportMessages, ReportSection, SumKind } from '../../domain/messages/report.js'
import { formatMoneyGrouped as grouped, type Minor } from '../../domain/money.js'
import type { HumanFormat, NeedsActionFacts, NeedsActionKey, NeedsActionOwner } from '../../domain/status-report.js'
import { report as english } from '../en/report.js'
import type { Words } from '../words.js'
import { names } from './names.js'

/**
 * The report messages in Chinese (the glossary: docs/glossary.md). The commands to run next
 * are the English catalogue's: a command is the same in every language.
 */

const TITLES: Record<NeedsActionKey, string> = {
  inquiriesNotChecked: '询价超过一天未做库存查询',
  offersNotAnswered: '报价超过三天客户未答复',
  paymentPastDue: '定金逾期未到账',
  awaitingPayment: '已签合同，待付定金',
  awaitingSignOff: '定金已到账，待经理签核',
  productionNotSigned: '生产命令单待业务部经理签发',
  productionNotAccepted: '生产命令单物控未接单',
  productionRejected: '生产命令单被物控拒单',
  productionLate: '生产超过物控承诺日期',
  atRisk: '交期风险：物控承诺日期晚于交期',
  readyNotShipped: '已完工入库，未发货',
  shipmentsNotDelivered: '已发货，未送达',
  changesWaiting: '客户变更待物控评审或客户确认',
  openComplaints: '处理中的投诉',
}

const OWNERS: Record<NeedsActionOwner, string> = { clerk: '业务员', manager: '业务部经理', mc: '物控', logistics: '物流', mcOrCustomer: '物控 / 客户' }

/** An amount in a sentence: `¥1,234.50`. */
const yuan = (minor: Minor | null): string => `¥${grouped(minor ?? 0)}`

/** An item's detail, per list (what the facts mean: see the list's query in store/queries/report-actions.ts). */
const DETAIL: Record<NeedsActionKey, (f: NeedsActionFacts) => string> = {
  inquiriesNotChecked: (f) => `合计 ${yuan(f.amount)}${f.due ? `，客户要求交期 ${f.due}` : ''}`,
  offersNotAnswered: (f) => `报价 ${yuan(f.amount)}，交期 ${f.due ?? '—'}；或 inquiry drop`,
  paymentPastDue: (f) => `定金尚差 ${yuan(f.amount)}（${f.note} %），付款期限 ${f.due}`,
  awaitingPayment: (f) => `定金尚差 ${yuan(f.amount)}（${f.note} %），付款期限 ${f.due ?? '—'}`,
  awaitingSignOff: (f) => `已付 ${yuan(f.amount)}，交期 ${f.due ?? '—'}`,
  productionNotSigned: (f) => `物控 ${f.who}，交期 ${f.due}`,
  productionNotAccepted: (f) => `物控 ${f.who}，交期 ${f.due}`,
  productionRejected: (f) => `物控 ${f.who} 拒单：${f.note ?? ''}`,
  productionLate: (f) => `物控 ${f.who}，承诺 ${f.due}，尚有 ${f.amount} 未完工`,
  atRisk: (f) => `交期 ${f.due}，物控承诺 ${f.who}`,
  readyNotShipped: (f) => `交期 ${f.due ?? '—'}，${f.amount && f.amount > 0 ? `未付 ${yuan(f.amount)}` : '已付清'}`,
  shipmentsNotDelivered: (f) => `${f.who ? `${f.who}，` : ''}${f.note ? `运单号 ${f.note}，` : ''}交期 ${f.due ?? '—'}`,
  changesWaiting: (f) =>
    f.note === 'pending_mc' ? '待物控评审' : f.note === 'offered' ? '待客户确认' : `待客户确认（${names['name.changeStatus']({ status: f.note ?? '' })}）`,
  openComplaints: (f) => f.note ?? '',
}

/** A header: the same in every format, or per format (`other`: the formats not named). */
type Head = string | ({ other: string } & Partial<Record<HumanFormat, string>>) | ((date: string) => string)

const HEADS: Record<ReportHead, Head> = {
  status: '状态',
  orders: '订单数',
  value: '金额',
  flow: { text: '业务量', other: '' },
  day: (date) => date,
  monthToDate: '本月累计',
  waiting: '待办事项',
  who: { html: '由谁处理', other: '处理人' },
  count: '数量',
  order: '订单号',
  customer: '客户',
  age: '已等',
  detail: '说明',
  next: '下一步',
  lateBy: '逾期',
  completed: { html: '已完成订单', other: '已完成' },
  onTime: '准时',
  late: '延误',
  onTimeRate: '准时率',
  leadTime: { html: '平均交付周期（询价 → 送达）', other: '平均交付周期' },
  mcUser: '物控',
  open: '未完工',
  done: { html: '已完工（30 天）', other: '已完工' },
  rated: '已评价',
  averageRating: '平均评分',
  user: '用户',
  role: '角色',
  events: '操作数',
  what: '操作',
  date: '日期',
  newInquiries: '新询价',
  deliveries: '送达',
}

const head = (h: Head, format: HumanFormat, date: string): string =>
  typeof h === 'string' ? h : typeof h === 'function' ? h(date) : (h[format] ?? h.other)

const SUMS: Record<SumKind, string> = { open: '未结', all: '全部', total: '合计' }

const SECTIONS: Record<ReportSection, string> = {
  pipeline: '订单概况',
  money: '款项',
  production: '各物控生产情况',
  trend: '近 30 天询价与送达',
  delivery: '近 30 天交货',
}

const FLOWS: Record<FlowKind, string> = {
  inquiries: '新询价',
  contracts: '签订销售合同',
  confirmations: '销售订单生效',
  shipments: '发货',
  deliveries: '送达',
}

const MONEY: Record<MoneyKind, string> = { contracted: '合同金额', received: '回款', invoiced: '开票', receivable: '应收账款' }

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** "2026-11-26 星期四": the date as the desk writes dates, and its weekday. */
function longDate(date: string): string {
  return `${date} ${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`
}

/** "2026-11-26 22:00 UTC" from an ISO timestamp. */
const stamp = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`

const leadDays = (days: number | null): string => (days === null ? '—' : `${days.toFixed(1)} 天`)

/** A heading of the text report (the English one is in capitals). */
const heading = (s: string): string => `【${s}】`

/** The report messages in Chinese. */
export const report: Words<ReportMessages> = {
  'report.listTitle': (p) => TITLES[p.list],
  'report.owner': (p) => OWNERS[p.owner],
  'report.itemDetail': (p) => DETAIL[p.list](p.facts),
  'report.itemNext': (p) => english['report.itemNext'](p),
  'report.listCount': (p) => `（${int(p.count)}${p.listed !== null ? `，列出前 ${p.listed} 项` : ''}）`,
  'report.counted': (p) => `${p.label}${p.count}`,
  'report.head': (p) => head(HEADS[p.head], p.format, p.date),
  'report.status': (p) => names['name.orderStatus']({ status: p.status }),
  'report.sum': (p) => SUMS[p.sum],
  'report.flow': (p) => FLOWS[p.flow],
  'report.money': (p) => MONEY[p.money],
  'report.contracts': (p) => (p.format === 'text' ? `（${int(p.day)} / ${int(p.monthToDate)} 份合同）` : `（${int(p.day)} / ${int(p.monthToDate)}）`),
  'report.bucket': (p) => (p.label === '>30' ? '30 天以上' : `${p.label.replace('-', '–')} 天`),
  'report.age': (p) => (p.compact ? `${p.days}天` : `${p.days} 天`),
  'report.rush': (p) => ({ text: '急', md: '急单', html: '急单' })[p.format],
  'report.leadDays': (p) => leadDays(p.days),
  'report.section': (p) => SECTIONS[p.section],
  'report.receivable': (p) => `当日结束时的应收账款（已签合同的订单，合计 − 已付）：${p.format === 'md' ? `**${yuan(p.value)}**` : yuan(p.value)}`,
  'report.noMcUsers': () => '没有物控用户',
  'report.nobody': () => '当天无人操作',
  'report.longDate': (p) => longDate(p.date),
  'report.userRole': (p) => `${p.user}（${p.role}）`,
  'report.actions': (p) => p.actions.map((a) => `${a.name} ${a.events}`).join('，'),

  'report.text.title': (p) => `订单台状态日报  ${longDate(p.date)}`,
  'report.text.generated': (p) => `生成于 ${stamp(p.generatedAt)}`,
  'report.text.asOf': (p) => `截至营业日 ${p.date} 结束。本月累计自 ${p.monthStart} 起；近 30 天自 ${p.from} 起。`,
  'report.text.pipeline': () => heading('订单概况'),
  'report.text.trend': (p) => `近 30 天（${p.from} 至 ${p.to}），每个字符一天：`,
  'report.text.trendIntake': () => '询价',
  'report.text.trendDeliveries': () => '送达',
  'report.text.intakeTotal': (p) => `共 ${int(p.count)} 个询价`,
  'report.text.deliveriesTotal': (p) => `共 ${int(p.count)} 批货物送达`,
  'report.text.needsAction': (p) => heading(`待办：${int(p.total)}`),
  'report.text.next': (p) => `下一步：${p.command}`,
  'report.text.overdue': (p) => heading(`逾期：${int(p.orders)} 个订单超过交期未送达（${yuan(p.value)}）`),
  'report.text.delivery': (p) => heading(`近 30 天交货（${p.from} 至 ${p.to}）`),
  'report.text.deliveryFigures': (p) =>
    `已完成订单 ${int(p.completed)} 个；准时 ${int(p.onTime)} 个，延误 ${int(p.late)} 个；准时率 ${percent(p.onTimeRate)}；询价到送达平均 ${leadDays(p.averageLeadDays)}。`,
  'report.text.money': () => heading('款项'),
  'report.text.production': () => heading('各物控生产情况（未完工：当日结束时；已完工：近 30 天）'),
  'report.text.activity': (p) => heading(`${p.date} 当日操作：审计记录 ${int(p.events)} 条`),

  'report.md.title': (p) => `状态日报 — ${longDate(p.date)}`,
  'report.md.asOf': (p) => `截至营业日 **${p.date}** 结束（生成于 ${stamp(p.generatedAt)}）。本月累计自 ${p.monthStart} 起；近 30 天自 ${p.from} 起。`,
  'report.md.needsAction': (p) => `待办（${int(p.total)}）`,
  'report.md.firstListed': (p) => `共 ${int(p.count)} 项，只列出前 ${p.listed} 项。`,
  'report.md.overdue': (p) => `逾期（${int(p.orders)} 个订单，${yuan(p.value)}）`,
  'report.md.overdueNote': () => '已签合同、超过交期且未送达的订单，按逾期天数分组。',
  'report.md.delivery': (p) => `近 30 天交货（${p.from} 至 ${p.to}）`,
  'report.md.productionNote': () => '未完工的生产命令单按当日结束时计；已完工、准时和评分按近 30 天计。',
  'report.md.activity': (p) => `${p.date} 当日操作（${int(p.events)} 条）`,

  'report.html.lang': () => 'zh-CN',
  'report.html.title': (p) => `状态日报 ${p.date} · orderdesk`,
  'report.html.heading': () => '订单台状态日报',
  'report.html.asOf': (p) => `截至营业日 ${p.date} 结束`,
  'report.html.period': (p) => `本月累计自 ${p.monthStart} 起 · 近 30 天自 ${p.from} 起`,
  'report.html.generated': (p) => `生成于 ${stamp(p.generatedAt)}`,
  'report.html.kpiOpen': (p) => `未结订单 · ${yuan(p.value)}`,
  'report.html.kpiNeedsAction': () => '待办',
  'report.html.kpiOverdue': (p) => `逾期 · ${yuan(p.value)}`,
  'report.html.kpiOnTime': (p) => `近 30 天准时率（${int(p.completed)} 单）`,
  'report.html.kpiContracted': () => '本月合同金额',
  'report.html.kpiReceivable': () => '应收账款',
  'report.html.pipelineChart': () => '各状态订单数',
  'report.html.overdueChart': () => '逾期订单（按逾期天数）',
  'report.html.trendChart': () => '近 30 天每日询价与送达',
  'report.html.legend': (p) => `${p.name}（${p.total}）`,
  'report.html.needsAction': (p) => `待办 · ${int(p.total)}`,
  'report.html.overdue': (p) => `逾期 · ${int(p.orders)} 个订单 · ${yuan(p.value)}`,
  'report.html.overdueNote': (p) => `交期早于 ${p.date}、截至当日仍未送达的已签合同订单。`,
  'report.html.trendNote': (p) => `${p.from} 至 ${p.to} 每个营业日的新询价（录入或导入）和送达的货物。`,
  'report.html.receivableNote': () => '应收账款：当日结束时已签合同订单（不含意向结束和已取消）的合计 − 已付。',
  'report.html.productionNote': () => '未完工：当日结束时已下达、已接单或生产中。准时：在物控承诺日期当天或之前完工。',
  'report.html.activity': (p) => `${p.date} 当日操作 · ${int(p.events)} 条`,
  'report.html.footer': (p) =>
    `orderdesk report status --date ${p.date} · 数字按营业日结束时计，取自审计记录和带日期的单据；${p.limit > 0 ? `每个待办列表最多列出 ${p.limit} 项` : '列出全部事项'}。`,

  'report.dateAfterToday': (p) => `不能晚于今天（${p.today}）：日报只报已经过去的营业日`,
  'report.formatUnknown': (p) => `必须是 ${p.formats.join('、')} 之一`,
  'report.extensionUnknown': (p) => `无法从“${p.ext}”判断格式；请用 --format ${p.formats.join('|')}（或用扩展名 .txt .md .html .json .csv）`,
  'report.outLabel': () => '状态日报',
  'report.written': (p) => `${p.date} 的状态日报已写入 ${p.out}（${p.format}，${p.bytes} 字节）`,
  'report.sqlHeading': (p) => `-- orderdesk report status --date ${p.date}：日报执行的 ${p.queries} 条查询，在同一个只读事务中`,
}
