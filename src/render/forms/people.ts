import { currentCountersignature } from '../../domain/countersignatures.js'
import type { FormLabel, FormSigner, PartyField, SignatureNote } from '../../domain/messages/form.js'
import { tr } from '../../messages/index.js'
import type { FormBase, Signed } from '../../read/forms/form-data.js'
import type { FormParty, PartyBlock, SignatureBox } from './form-model.js'

/** `Li Na (li)`, or the user name alone. */
export function person(f: FormBase, name: string): string {
  const full = f.people.get(name)?.fullName
  return full && full !== name ? `${full} (${name})` : name
}

/** What a signature box says under the name, by the step. */
export const signNote = (note: SignatureNote): string => tr('form.signatureNote', { note })

/** A signature box: who signed in the system and when, or a blank box for ink. */
export function signature(f: FormBase, signer: FormSigner, who: Signed | null, note: string | null = null): SignatureBox {
  return { role: tr('form.signer', { signer }).split('\n'), name: who ? person(f, who.by) : null, date: who?.date || null, note }
}

// issue 19: countersign and attachments
/** The customer's box of a document they sign and return: blank for ink, or — once countersigned (回签) — the returned copy's reference and the date they signed. */
export function customerCountersign(f: FormBase, document: string, note: string | null): SignatureBox {
  // issue 19: records — the current record (a correction supersedes the one before)
  const k = currentCountersignature(f.agg.countersignatures, document)
  return { role: tr('form.signer', { signer: 'customer' }).split('\n'), name: k ? tr('paper.formRef', { ref: k.ref }) : null, date: k?.signed_date ?? null, note }
}

/** A label and its value on one line: `Tel 电话 0921-12 34 65` (电话：…). */
export const labelled = (label: FormLabel, value: string): string => tr('form.labelled', { label, value })

/** The customer block: code and name, contact and phone, address. */
export function customerParty(f: FormBase, label: FormLabel = 'customer'): FormParty {
  const c = f.agg.customer
  const contact = [c.contact ? labelled('contact', c.contact) : null, c.phone ? labelled('phone', c.phone) : null].filter(Boolean).join('   ')
  return { label: tr('form.label', { label }), lines: [`${c.name} (${c.code})`, ...(contact ? [contact] : []), ...(c.address ? [c.address] : [])] }
}

const partyRow = (field: PartyField, value: string | null) => ({ label: tr('form.partyField', { field }), value: value ?? '' })

/**
 * Both parties' blocks at the foot of a contract or sales order: the seller (供方) from the
 * desk's settings (`company.*`), the buyer (需方) from the customer, each with its 签章 box.
 * What the desk does not know (an unset setting; the customer's tax id, bank and account) is a
 * blank line to fill in by hand, as on a printed contract.
 */
export function partyBlocks(f: FormBase): PartyBlock[] {
  const c = f.company
  const b = f.agg.customer
  const seal = tr('form.partySeal')
  return [
    {
      title: tr('form.partyTitle', { party: 'seller' }),
      rows: [
        partyRow('company', c.name),
        partyRow('address', c.address),
        partyRow('representative', c.representative),
        partyRow('phone', c.phone),
        partyRow('taxId', c.taxId),
        partyRow('bank', c.bank),
        partyRow('account', c.account),
      ],
      seal,
    },
    {
      title: tr('form.partyTitle', { party: 'buyer' }),
      rows: [
        partyRow('company', `${b.name} (${b.code})`),
        partyRow('address', b.address),
        partyRow('representative', null),
        partyRow('contact', b.contact),
        partyRow('phone', b.phone),
        partyRow('taxId', null),
        partyRow('bank', null),
        partyRow('account', null),
      ],
      seal,
    },
  ]
}
