import type { FormKind } from '../../domain/forms.js'
import type { FormBanner, FormLabel } from '../../domain/messages/form.js'
import { tr } from '../../messages/index.js'
import type { CompanyInfo, FormBase } from '../../read/forms/form-data.js'
import { customerParty } from './people.js'
import { priceColumns } from './line-table.js'

/**
 * What a printed form shows, independent of the output format: every form's layout
 * (inquiry.ts, contract.ts, ...) fills one, and text-form.ts / html-form.ts lay it out. Every
 * word in it is already in the language of the form (the catalogue's `form.*` and `name.*`):
 * an English form is bilingual, as it always was, a Chinese one is Chinese.
 */
export interface FormField {
  label: string
  value: string
}

export interface FormColumn {
  /** The header's lines (an English form: English, then Chinese). */
  header: string[]
  align: 'left' | 'right'
  /** The column that takes the width left over (product names). */
  flex?: boolean
  /** May wrap when space is short. */
  wrap?: boolean
  /** A column of codes (SKUs), which never wrap on the HTML page. */
  code?: boolean
}

export interface SignatureBox {
  /** The signer's role, its lines (an English form: English, then Chinese). */
  role: string[]
  /** Who signed in the system (shown with the full name), or null: a blank box for ink. */
  name: string | null
  date: string | null
  note: string | null
}

export interface FormParty {
  label: string
  lines: string[]
}

/** One party's block at the foot of a contract or sales order (供方, 需方), with room for its seal (签章). */
export interface PartyBlock {
  title: string
  /** Its lines; a value '' is a blank to fill in by hand (what the desk does not know of the customer). */
  rows: FormField[]
  /** The words in the seal's place. */
  seal: string
}

/** A numbered clause of the contract's terms; `text` null: a blank line to fill in by hand. */
export interface Clause {
  heading: string
  text: string | null
}

export interface FormModel {
  form: FormKind
  company: CompanyInfo
  /** The title's lines: the Chinese name, then (an English form) the English one. */
  title: string[]
  number: string
  /** What the number is called on this form (`No. 合同编号`, `出库单号`, ...). */
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
  /** The contract's terms as numbered clauses (issue 19), under `form.clausesTitle`; none: not shown. */
  clauses: Clause[]
  /** Both parties' blocks with their 签章 boxes (issue 19); none: not shown. */
  partyBlocks: PartyBlock[]
  signatures: SignatureBox[]
  footer: string
  // issue 19: refundforms
  /** The order's payments and refunds as of the day printed, with their sums; null: not shown. */
  payments: PaymentList | null
}

/** A form's list of the order's payments (payments.ts). */
export interface PaymentList {
  /** Says the date it is as of. */
  title: string
  columns: FormColumn[]
  /** One a payment, a refund its own negative line; a voided one marked and not counted. */
  rows: { cells: string[]; voided: boolean }[]
  /** Shown when there are no rows. */
  empty: string
  /** Received, refunded, net paid, balance due or refund due. */
  sums: FormField[]
}

/** What a form's layout fills in: everything but the kind, title and number label, which the form's kind gives. */
type FormBody = Omit<FormModel, 'form' | 'title' | 'numberLabel'>

/** The lines of a multi-line word (a title, a column header, a signer). */
export const lines = (words: string): string[] => words.split('\n')

/** A field of the form: its label's words and its value. */
export const field = (label: FormLabel, value: string): FormField => ({ label: tr('form.label', { label }), value })

/** A missing value on the paper (`—`, 无). */
export const none = (): string => tr('form.none')

/** A value, or the missing value's mark. */
export const dash = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? none() : v)

/** A date, or the mark of one not known yet (`—`, 待定). */
export const dateOr = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? tr('form.dateOpen') : v)

/** A form's skeleton with the parts every form has. */
export function baseModel(f: FormBase, parts: Partial<FormBody> & Pick<FormBody, 'meta'>): FormBody {
  return {
    company: f.company,
    number: f.number,
    banner: null,
    parties: [customerParty(f)],
    columns: priceColumns(),
    rows: [],
    totals: [],
    amountInWords: null,
    terms: [],
    notes: [],
    clauses: [],
    partyBlocks: [],
    signatures: [],
    footer: tr('form.footer', { number: f.number, today: f.today }),
    payments: null,
    ...parts,
  }
}

export const banner = (b: FormBanner): string => tr('form.banner', { banner: b })

/** A closed order's warning for forms printed after the end. */
export function closedBanner(f: FormBase): string | null {
  const o = f.agg.order
  if (o.status === 'cancelled') return banner('orderCancelled')
  if (o.status === 'lost') return tr('form.bannerLost', { reason: o.lost_reason })
  return null
}

export function orderMeta(f: FormBase, revision: number): FormField[] {
  return [field('order', f.agg.order.number), field('revision', String(revision))]
}

/** How one form looks on paper: what it shows of the form as read. */
export interface FormLayout<F extends FormBase> {
  build(f: F): FormBody
}
