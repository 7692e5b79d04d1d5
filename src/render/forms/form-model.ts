import { depositAmount } from '../../domain/payment-status.js'
import { formatMoneyGrouped, type Minor } from '../../domain/money.js'
import type { CompanyInfo, FormKind, LoadedForm, PrintLine, Signed } from '../../services/load-form.js'

/**
 * What a printed form shows, independent of the output format: every form builder
 * (inquiry.ts, contract.ts, ...) fills one, and text-form.ts / html-form.ts lay it out.
 */
export interface FormField {
  label: string
  value: string
}

export interface FormColumn {
  en: string
  zh: string
  align: 'left' | 'right'
  /** The column that takes the width left over (product names). */
  flex?: boolean
  /** May wrap when space is short. */
  wrap?: boolean
}

export interface SignatureBox {
  en: string
  zh: string
  /** Who signed in the system (shown with the full name), or null: a blank box for ink. */
  name: string | null
  date: string | null
  note: string | null
}

export interface FormParty {
  label: string
  lines: string[]
}

export interface FormModel {
  form: FormKind
  company: CompanyInfo
  titleEn: string
  titleZh: string
  number: string
  /** What the number is called on this form (合同编号, 出库单号, ...). */
  numberLabel: string
  /** A warning across the form: draft, superseded, cancelled, ... */
  banner: string | null
  /** Facts for the head of the form, shown in two columns. */
  meta: FormField[]
  parties: FormParty[]
  columns: FormColumn[]
  rows: string[][]
  totals: FormField[]
  amountInWords: string | null
  terms: FormField[]
  notes: string[]
  signatures: SignatureBox[]
  footer: string
}

export const TITLES: Record<FormKind, { en: string; zh: string }> = {
  inquiry: { en: 'Pre-order Record', zh: '预订货记录' },
  quotation: { en: 'Quotation', zh: '报价单' },
  confirmation: { en: 'Order Confirmation', zh: '订单确认书' },
  contract: { en: 'Sales Contract', zh: '销售合同' },
  'sales-order': { en: 'Sales Order', zh: '销售订单' },
  'production-order': { en: 'Production Order', zh: '生产命令单' },
  'change-form': { en: 'Production Plan Change Form', zh: '生产计划变更单' },
  'outbound-slip': { en: 'Goods Outbound Slip', zh: '货物出库单' },
}

export const ROLES = {
  clerk: { en: 'Clerk', zh: '业务员' },
  manager: { en: 'Department manager', zh: '业务部经理' },
  mc: { en: 'Material control', zh: '物控部' },
  logistics: { en: 'Logistics', zh: '物流部' },
  customer: { en: 'Customer', zh: '客户' },
} as const
export type SignRole = keyof typeof ROLES

export const money = (m: Minor): string => formatMoneyGrouped(m)

/** Basis points as a percent ('' for none): 500 → '5%', 250 → '2.5%'. */
export function discount(bp: number): string {
  return bp ? `${bp / 100}%` : ''
}

export const dash = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '—' : v)

/** The standard priced line table: #, SKU, product, unit, qty, unit price, discount, amount. */
export const PRICE_COLUMNS: FormColumn[] = [
  { en: '#', zh: '序', align: 'right' },
  { en: 'SKU', zh: '货号', align: 'left', wrap: true },
  { en: 'Product', zh: '品名', align: 'left', flex: true },
  { en: 'Unit', zh: '单位', align: 'left', wrap: true },
  { en: 'Qty', zh: '数量', align: 'right' },
  { en: 'Unit price', zh: '单价', align: 'right' },
  { en: 'Disc.', zh: '折扣', align: 'right' },
  { en: 'Amount', zh: '金额', align: 'right' },
]

export function priceRows(lines: PrintLine[]): string[][] {
  return lines.map((l) => [String(l.no), l.sku, l.name, l.unit, String(l.qty), money(l.unitPrice), discount(l.discountBp), money(l.amount)])
}

/** `Li Na (li)`, or the user name alone. */
export function person(f: LoadedForm, name: string): string {
  const full = f.people.get(name)?.fullName
  return full && full !== name ? `${full} (${name})` : name
}

export function signature(f: LoadedForm, role: SignRole, who: Signed | null, note: string | null = null): SignatureBox {
  return { ...ROLES[role], name: who ? person(f, who.by) : null, date: who?.date || null, note }
}

/** The customer block: code and name, contact and phone, address. */
export function customerParty(f: LoadedForm, label = 'Customer 客户'): FormParty {
  const c = f.agg.customer
  const contact = [c.contact ? `Contact 联系人 ${c.contact}` : null, c.phone ? `Tel 电话 ${c.phone}` : null].filter(Boolean).join('   ')
  return { label, lines: [`${c.name} (${c.code})`, ...(contact ? [contact] : []), ...(c.address ? [c.address] : [])] }
}

/** `transfer, due 2026-12-03`, or `to be agreed 待定`. */
export function paymentText(method: string | null, due: string | null): string {
  if (!method) return 'to be agreed 待定'
  return `${method}${due ? `, due 付款期限 ${due}` : ''}`
}

export function depositText(total: Minor, pct: number | null): string {
  const p = pct ?? 100
  return `${p} % = ${money(depositAmount(total, pct))}`
}

/** `phone, REC-0042`. */
export function sourceText(f: LoadedForm): string {
  const o = f.agg.order
  return [o.channel, o.source_ref].filter(Boolean).join(', ')
}

export function deliveryText(promised: string | null, requested: string | null): string {
  if (!promised) return requested ? `requested 要求 ${requested}` : '—'
  return `by ${promised}${requested ? `   (requested 要求 ${requested})` : ''}`
}

export function orderMeta(f: LoadedForm, revision: number): FormField[] {
  return [
    { label: 'Order 订单号', value: f.agg.order.number },
    { label: 'Revision 版本', value: String(revision) },
  ]
}

export function footer(f: LoadedForm): string {
  return `${f.number}   printed 打印 ${f.today}   orderdesk`
}

/** A form's skeleton with the parts every form has. */
export function baseModel(f: LoadedForm, parts: Partial<FormModel> & Pick<FormModel, 'meta'>): FormModel {
  const t = TITLES[f.form]
  return {
    form: f.form,
    company: f.company,
    titleEn: t.en,
    titleZh: t.zh,
    number: f.number,
    numberLabel: '编号',
    banner: null,
    parties: [customerParty(f)],
    columns: PRICE_COLUMNS,
    rows: [],
    totals: [],
    amountInWords: null,
    terms: [],
    notes: [],
    signatures: [],
    footer: footer(f),
    ...parts,
  }
}

/** A closed order's warning for forms printed after the end. */
export function closedBanner(f: LoadedForm): string | null {
  const o = f.agg.order
  if (o.status === 'cancelled') return 'CANCELLED 已取消 — this order was cancelled by a customer change'
  if (o.status === 'lost') return `LOST 已终止 — the inquiry ended${o.lost_reason ? `: ${o.lost_reason}` : ''}`
  return null
}
