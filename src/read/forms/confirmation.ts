import { DOCUMENT_KINDS } from '../../domain/numbering.js'
import { pickContract, type ContractInfo } from './contract-info.js'
import type { FormOf, FormReader } from './form-data.js'

/** 订单确认书: the confirmation of a contract, numbered `-OC<n>` after contract `-CT<n>`. */
export type LoadedConfirmation = FormOf<'confirmation', { contract: ContractInfo }>

export const confirmationReader: FormReader<LoadedConfirmation> = {
  prefix: 'OC',
  async load(r) {
    const o = r.agg.order
    const contract = pickContract(r, 'confirmation', r.wanted ? `${o.number}-${DOCUMENT_KINDS.contract}${r.seq}` : null)
    return { ...r.base, form: 'confirmation', number: `${o.number}-OC${contract.doc.seq}`, contract }
  },
  // issue 19: issued documents — as issued with its contract; a later revision supersedes it
  // later: a newer revision, and the customer's returned signed copy (回签)
  since: (issued, now) => ({
    ...issued,
    contract: { ...issued.contract, supersededBy: now.contract.supersededBy },
    agg: { ...issued.agg, countersignatures: now.agg.countersignatures },
  }),
}
