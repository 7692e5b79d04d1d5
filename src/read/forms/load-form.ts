import type { Kysely } from 'kysely'
import type { IsoDate } from '../../domain/dates.js'
import { NotFoundError, type NotFoundKind } from '../../domain/errors.js'
import type { FormKind } from '../../domain/forms.js'
import { msg } from '../../domain/message.js'
import { TERM_KEYS, type TermKey } from '../../domain/settings.js'
import type { OrderAggregate } from '../../store/queries/orders.js'
import type { Database } from '../../store/schema.js'
import { loadOrder } from '../orders.js'
import { allSettings } from '../settings.js'
import { listUsers } from '../users.js'
import type { FormBase } from './form-data.js'
import { formRef, type FormRef } from './form-ref.js'
import { FORM_READERS, type LoadedForm } from './registry.js'

/**
 * What `orderdesk print` shows: finds the document a `<ref>` names (its own number, or the
 * order number for the latest document of that kind) and reads what its paper form shows, by
 * the form's reader (registry.ts). A document that does not exist yet is refused (exit 4); an
 * unknown reference is not found (exit 3). Reads only; writes nothing (printing is not recorded).
 *
 * @example
 * const f = await loadForm(db, 'contract', '26-00001', today) // f.number: '26-00001-CT1'
 */
export async function loadForm(db: Kysely<Database>, form: FormKind, ref: string, today: IsoDate): Promise<LoadedForm> {
  const at = formRef(form, ref)
  const agg = await loadOrder(db, at.order)
  if (!agg) throw noOrder(form, ref, at)
  const settings = await allSettings(db)
  const base = await formBase(db, agg, settings, today)
  return FORM_READERS[form].load({ db, ref, agg, base, settings, wanted: at.wanted, seq: at.seq })
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
  }
}
