import type { FormKind } from '../../domain/forms.js'
import type { CompanyInfo, FormBase } from '../../read/forms/form-data.js'
import { customerParty } from './people.js'
import { PRICE_COLUMNS } from './line-table.js'

/**
 * What a printed form shows, independent of the output format: every form's layout
 * (inquiry.ts, contract.ts, ...) fills one, and text-form.ts / html-form.ts lay it out.
 */
interface FormField {
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

/** A form's title, in both languages (every form is printed bilingual). */
interface FormTitle {
  en: string
  zh: string
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

/** What a form's layout fills in: everything but the kind and title, which its registry entry gives. */
type FormBody = Omit<FormModel, 'form' | 'titleEn' | 'titleZh'>

/** A form's skeleton with the parts every form has. */
export function baseModel(f: FormBase, parts: Partial<FormBody> & Pick<FormBody, 'meta'>): FormBody {
  return {
    company: f.company,
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
    footer: `${f.number}   printed 打印 ${f.today}   orderdesk`,
    ...parts,
  }
}

/** A closed order's warning for forms printed after the end. */
export function closedBanner(f: FormBase): string | null {
  const o = f.agg.order
  if (o.status === 'cancelled') return 'CANCELLED 已取消 — this order was cancelled by a customer change'
  if (o.status === 'lost') return `LOST 已终止 — the inquiry ended${o.lost_reason ? `: ${o.lost_reason}` : ''}`
  return null
}

export function orderMeta(f: FormBase, revision: number): FormField[] {
  return [
    { label: 'Order 订单号', value: f.agg.order.number },
    { label: 'Revision 版本', value: String(revision) },
  ]
}

/** How one form looks on paper: its title and what it shows of the form as read. */
export interface FormLayout<F extends FormBase> {
  title: FormTitle
  build(f: F): FormBody
}
