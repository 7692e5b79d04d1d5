import { RefusedError } from '../../domain/errors.js'
import type { IsoDate } from '../../domain/dates.js'
import { msg, type Msg } from '../../domain/message.js'
import { DOCUMENT_KINDS } from '../../domain/numbering.js'
import type { OrderAggregate } from '../../store/queries/orders.js'
import type { ChangeRequestRow } from '../../store/schema.js'
import { lastEvent } from './events.js'
import type { FormOf, FormReader, PrintLine } from './form-data.js'
import { currentLines } from './order-lines.js'
import { pickDocument } from './pick-document.js'

/** A production plan change form (生产计划变更单), from a customer change that production must absorb. */
interface ChangeFormData {
  number: string
  /** The change request it belongs to. */
  change: string
  order: string
  status: string
  cancel: boolean
  lines: { sku: string; qtyFrom: number | null; qtyTo: number }[]
  dateFrom: IsoDate | null
  dateTo: IsoDate | null
  requestedDate: IsoDate | null
  /**
   * Why the change went to MC, as the change's evaluation stored it: words (printed as
   * stored, in the language they were written in) or messages (key and values, worded in the
   * language of the print).
   */
  reasons: (string | Msg)[]
  sourceRef: string | null
  note: string | null
  mcDecision: string | null
  mcDate: IsoDate | null
  mcReason: string | null
  customerDecision: string | null
  createdBy: string
  createdDate: IsoDate | null
  decidedBy: string | null
  decidedDate: IsoDate | null
}

/** 生产计划变更单: a change form by its own number or its change request's, else the order's latest. */
export type LoadedChangeForm = FormOf<'change-form', { change: ChangeFormData; lines: PrintLine[] }>

export const changeFormReader: FormReader<LoadedChangeForm> = {
  prefix: DOCUMENT_KINDS.change_form,
  alsoBy: [DOCUMENT_KINDS.change_request],
  async load(r) {
    const o = r.agg.order
    const forms = changeForms(r.agg)
    if (forms.length === 0) throw new RefusedError(msg('form.noChangeForm', { order: o.number }), 'no_document', { order: o.number, status: o.status })
    const change = pickDocument(r, 'change_form', forms, (c) => c.number === r.wanted || c.change === r.wanted)
    return { ...r.base, form: 'change-form', number: change.number, change, lines: currentLines(r.agg) }
  },
  // issue 19: issued documents — as requested; MC's decision and the customer's answer as they are now
  since: (issued, now) => ({ ...issued, change: now.change }),
}

/** What a change request's evaluation (`plan`) and items say, as far as the form needs them. */
interface ChangePlanJson {
  lines?: { sku?: string; from?: number; to?: number }[]
  dateFrom?: string | null
  dateTo?: string | null
  reasons?: unknown[]
  cancel?: boolean
}

/** The order's change forms: its customer changes that production must absorb (those with a form number). */
function changeForms(agg: OrderAggregate): ChangeFormData[] {
  return agg.changes.flatMap((c) => (blank(c.form_number) ? [changeForm(agg, c, blank(c.form_number)!)] : []))
}

function changeForm(agg: OrderAggregate, c: ChangeRequestRow, formNumber: string): ChangeFormData {
  const plan = parseJson(c.plan) as ChangePlanJson | null
  const change = blank(c.number) ?? formNumber
  const decided = lastEvent(agg.events, 'change.decide', change)
  return {
    number: formNumber,
    change,
    order: agg.order.number,
    status: blank(c.status) ?? '',
    cancel: Number(c.cancel ?? 0) === 1 || plan?.cancel === true,
    lines: formLines(c, plan),
    dateFrom: blank(c.promised_from) ?? plan?.dateFrom ?? null,
    dateTo: blank(c.mc_date) ?? blank(c.promised_to) ?? plan?.dateTo ?? null,
    requestedDate: blank(c.requested_date),
    reasons: Array.isArray(plan?.reasons) ? plan.reasons.filter((x): x is string | Msg => typeof x === 'string' || isMsg(x)) : [],
    sourceRef: blank(c.source_ref),
    note: blank(c.note),
    mcDecision: blank(c.mc_decision),
    mcDate: blank(c.mc_date),
    mcReason: blank(c.mc_reason),
    customerDecision: blank(c.customer_decision),
    createdBy: blank(c.created_by) ?? '',
    createdDate: blank(c.created_date) ?? blank(c.created_at)?.slice(0, 10) ?? null,
    decidedBy: blank(c.mc_by) ?? decided?.actor ?? null,
    decidedDate: decided?.business_date ?? null,
  }
}

/** The quantities from and to, from the evaluation; else the requested quantities. */
function formLines(c: ChangeRequestRow, plan: ChangePlanJson | null): ChangeFormData['lines'] {
  const planLines = Array.isArray(plan?.lines) ? plan.lines : null
  if (planLines) {
    return planLines.filter((l) => typeof l.sku === 'string').map((l) => ({ sku: l.sku!, qtyFrom: typeof l.from === 'number' ? l.from : null, qtyTo: Number(l.to ?? 0) }))
  }
  const items = (parseJson(c.items) as { sku?: string; qty?: number }[] | null) ?? []
  return items.filter((i) => typeof i.sku === 'string').map((i) => ({ sku: i.sku!, qtyFrom: null, qtyTo: Number(i.qty ?? 0) }))
}

/** A message as stored in JSON: its key and its values. */
function isMsg(x: unknown): x is Msg {
  if (typeof x !== 'object' || x === null) return false
  const m = x as { key?: unknown; params?: unknown }
  return typeof m.key === 'string' && typeof m.params === 'object' && m.params !== null
}

/** A text column's value, an empty text read as none. */
function blank(v: string | null): string | null {
  return typeof v === 'string' && v !== '' ? v : null
}

function parseJson(v: unknown): unknown {
  if (typeof v !== 'string') return null
  try {
    return JSON.parse(v)
  } catch {
    return null
  }
}
