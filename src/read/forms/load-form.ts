import type { Kysely } from 'kysely'
import type { IsoDate } from '../../domain/dates.js'
import { NotFoundError, type NotFoundKind } from '../../domain/errors.js'
import type { FormKind } from '../../domain/forms.js'
import { msg } from '../../domain/message.js'
import { TERM_KEYS, type TermKey } from '../../domain/settings.js'
import type { OrderAggregate } from '../../store/queries/orders.js'
import { findDocumentCopy } from '../../store/queries/document-copies.js'
import type { Database, DocumentCopyRow, EventRow } from '../../store/schema.js'
import { loadOrder } from '../orders.js'
import { allSettings } from '../settings.js'
import { listUsers } from '../users.js'
import { formContent, reviveForm } from './form-copy.js'
import type { FormBase, FormReader, FormRequest } from './form-data.js'
import { formRef, type FormRef } from './form-ref.js'
import { FORM_READERS, type LoadedForm } from './registry.js'

/**
 * What `orderdesk print` shows: finds the document a `<ref>` names (its own number, or the
 * order number for the latest document of that kind) and reads what its paper form shows, by
 * the form's reader (registry.ts). An issued document prints from its stored copy (issue 19
 * §1: as it was issued, with what the procedure did to it since), a draft from the desk's
 * current data, as does a document issued before copies were kept. A document that does not
 * exist yet is refused (exit 4); an unknown reference is not found (exit 3). Reads only;
 * writes nothing (printing is not recorded).
 *
 * @example
 * const f = await loadForm(db, 'contract', '26-00001', today) // f.number: '26-00001-CT1'
 */
export async function loadForm(db: Kysely<Database>, form: FormKind, ref: string, today: IsoDate): Promise<LoadedForm> {
  const at = formRef(form, ref)
  const agg = await loadOrder(db, at.order)
  if (!agg) throw noOrder(form, ref, at)
  const request = await formRequest(db, ref, agg, at, today)
  const reader = FORM_READERS[form] as unknown as FormReader<LoadedForm>
  const currentRevision = agg.order.revision
  let now: LoadedForm
  try {
    now = await reader.load(request)
  } catch (e) {
    // an earlier document only its stored copy still shows (a quotation after a re-price)
    const copy = e instanceof NotFoundError && at.wanted ? await findDocumentCopy(db, agg.order.id, at.wanted) : undefined
    if (copy && copy.form === form) return asIssued(reader, copy, null, request.base, today)
    throw e
  }
  if (reader.draft?.(now)) return { ...now, record: 'draft', sha256: null, currentRevision }
  const copy = await findDocumentCopy(db, agg.order.id, now.number)
  if (!copy) return { ...now, record: 'current', sha256: null, currentRevision }
  return asIssued(reader, copy, now, request.base, today)
}

/**
 * An issued document's form as it is to be stored, read inside the transaction of the step
 * that issues it (`pending`: that step's audit event, not written yet, as the form will find
 * it), or null when the form is a draft (a quotation still awaiting the manager's approval).
 */
export async function formToStore(db: Kysely<Database>, form: FormKind, ref: string, today: IsoDate, pending: EventRow): Promise<{ form: LoadedForm; content: string } | null> {
  const at = formRef(form, ref)
  const agg = await loadOrder(db, at.order)
  if (!agg) throw noOrder(form, ref, at)
  const request = await formRequest(db, ref, { ...agg, events: [...agg.events, pending] }, at, today)
  const reader = FORM_READERS[form] as unknown as FormReader<LoadedForm>
  const f = await reader.load(request)
  if (reader.draft?.(f)) return null
  return { form: f, content: formContent(f) }
}

/** What a form's reader gets: the order, the settings, the shared parts, the document asked for. */
async function formRequest(db: Kysely<Database>, ref: string, agg: OrderAggregate, at: FormRef, today: IsoDate): Promise<FormRequest> {
  const settings = await allSettings(db)
  const base = await formBase(db, agg, settings, today)
  return { db, ref, agg, base, settings, wanted: at.wanted, seq: at.seq }
}

/**
 * The stored copy as printed: the document as issued, with the order's end (cancelled, lost),
 * its payments as of today and, when its current reading is there, what the form's `since` takes from it; signers who
 * came later are named as the desk knows them now.
 */
function asIssued(reader: FormReader<LoadedForm>, copy: DocumentCopyRow, now: LoadedForm | null, base: FormBase, today: IsoDate): LoadedForm {
  const stored = reviveForm(copy.content, today)
  const o = base.agg.order
  const issued: LoadedForm = {
    ...stored,
    agg: { ...stored.agg, order: { ...stored.agg.order, status: o.status, lost_reason: o.lost_reason } },
    people: new Map([...base.people, ...stored.people]),
  }
  const later = now && reader.since ? reader.since(issued, now) : issued
  return { ...later, today, remarks: now?.remarks ?? [], record: 'issued', sha256: copy.sha256, currentRevision: o.revision, paymentsNow: base.paymentsNow }
}

/** What a document number of each form is, when it is not found. */
const NOT_FOUND: Readonly<Record<FormKind, NotFoundKind>> = {
  inquiry: 'inquiry',
  quotation: 'quotation',
  confirmation: 'confirmation',
  contract: 'contract',
  'sales-order': 'sales_order',
  'production-order': 'production_order',
  'change-form': 'change_form',
  'outbound-slip': 'outbound_slip',
}

function noOrder(form: FormKind, ref: string, at: FormRef): NotFoundError {
  if (at.wanted) return new NotFoundError(NOT_FOUND[form], ref, msg('form.noOrder', { order: at.order }))
  return new NotFoundError('order', at.order, msg('order.seeList', {}))
}

/** The parts of every form: the order, the company's letterhead and who is who. */
async function formBase(db: Kysely<Database>, agg: OrderAggregate, settings: Map<string, string>, today: IsoDate): Promise<FormBase> {
  const users = await listUsers(db)
  return {
    number: agg.order.number,
    agg,
    company: {
      name: settings.get('company.name') ?? null,
      address: settings.get('company.address') ?? null,
      phone: settings.get('company.phone') ?? null,
      taxId: settings.get('company.taxId') ?? null,
      bank: settings.get('company.bank') ?? null,
      account: settings.get('company.account') ?? null,
      representative: settings.get('company.representative') ?? null,
    },
    people: new Map(users.map((u) => [u.name, { fullName: u.full_name, role: u.role }])),
    today,
    remarks: [],
    contractTerms: Object.fromEntries(TERM_KEYS.map((k) => [k, settings.get(k) ?? null])) as Record<TermKey, string | null>,
    // issue 19: refundforms — the payments as of the day printed, never stored with a copy
    paymentsNow: { date: today, total: agg.order.total, payments: agg.payments },
  }
}
