import type { Minor } from '../../domain/money.js'
import { DOCUMENT_KINDS } from '../../domain/numbering.js'
import { approvedOfferOf } from '../orders.js'
import { pickContract, type ContractInfo } from './contract-info.js'
import type { FormOf, FormReader, Signed } from './form-data.js'

/** 销售合同: the signed contract (the latest, or the one numbered), with the quotation's approval. */
export type LoadedContract = FormOf<'contract', { contract: ContractInfo; quoteApproved: (Signed & { total: Minor | null }) | null }>

export const contractReader: FormReader<LoadedContract> = {
  prefix: DOCUMENT_KINDS.contract,
  async load(r) {
    const o = r.agg.order
    const contract = pickContract(r, 'contract', r.wanted)
    // the total the manager approved (null: an approval from before orderdesk recorded it)
    const quoteApproved = o.quote_approved_by ? { by: o.quote_approved_by, date: o.quote_approved_date ?? '', total: approvedOfferOf(o.quote_approved_offer)?.total ?? null } : null
    return { ...r.base, form: 'contract', number: contract.doc.number, contract, quoteApproved }
  },
  // issue 19: issued documents — as signed; a later revision supersedes it
  // later: a newer revision, and the customer's returned signed copy (回签)
  since: (issued, now) => ({
    ...issued,
    contract: { ...issued.contract, supersededBy: now.contract.supersededBy },
    agg: { ...issued.agg, countersignatures: now.agg.countersignatures },
  }),
}
