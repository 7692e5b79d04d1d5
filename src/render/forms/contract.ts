import { chineseAmount } from '../../domain/chinese-amount.js'
import { tr } from '../../messages/index.js'
import type { LoadedContract } from '../../read/forms/contract.js'
import { baseModel, closedBanner, dateOr, field, orderMeta, type FormLayout } from './form-model.js'
import { priceRows } from './line-table.js'
import { customerCountersign, customerParty, partyBlocks, person, signature, signNote } from './people.js'
import { deliveryText, depositText, money, paymentText, sourceText, termClauses } from './terms.js'

/** 销售合同: the signed sales contract, with the total in capital numerals (大写金额). */
export const contractLayout: FormLayout<LoadedContract> = {
  build(f) {
    const o = f.agg.order
    const c = f.contract
    const notes: string[] = []
    if (c.amended) notes.push(tr('form.noteContractAmended', { signedRevision: c.doc.revision, revision: c.revision }))
    if (c.supersededBy) notes.push(tr('form.noteContractSuperseded', { by: c.supersededBy }))
    notes.push(tr('form.note', { note: 'contractTerms' }))
    const approved = f.quoteApproved
    return baseModel(f, {
      banner: c.supersededBy ? tr('form.bannerContractSuperseded', { by: c.supersededBy }) : closedBanner(f),
      meta: [...orderMeta(f, c.revision), field('signed', c.doc.signed_at ?? ''), field('delivery', dateOr(c.promisedDate))],
      parties: [customerParty(f, 'buyer')],
      rows: priceRows(c.lines),
      totals: [field('total', money(c.total))],
      amountInWords: chineseAmount(c.total),
      terms: [
        field('payment', paymentText(c.paymentMethod, c.paymentDue)),
        field('deposit', depositText(c.total, c.depositPct)),
        field('delivery', deliveryText(c.promisedDate, o.requested_date)),
        field('source', sourceText(f)),
        ...(approved ? [field('quotationApproval', approvalText(f, approved))] : []),
      ],
      notes,
      clauses: termClauses(f, { blanks: true }),
      partyBlocks: partyBlocks(f),
      signatures: [
        signature(f, 'clerk', c.doc.signed_by ? { by: c.doc.signed_by, date: c.doc.signed_at ?? '' } : null, signNote('forSeller')),
        ...(approved ? [signature(f, 'manager', approved, signNote('quotationApproved'))] : []),
        customerCountersign(f, c.doc.number, signNote('forBuyer')),
      ],
    })
  },
}

/** The quotation's approval, and the total the manager approved when it is not this contract's (issue 19). */
function approvalText(f: LoadedContract, approved: NonNullable<LoadedContract['quoteApproved']>): string {
  const text = tr('form.approvedBy', { who: person(f, approved.by), date: approved.date, reasons: [] })
  return approved.total !== null && approved.total !== f.contract.total ? tr('form.approvedTotal', { approved: text, total: approved.total, now: f.contract.total }) : text
}
