import type { Msg } from '../../domain/message.js'
import { t, tr } from '../../messages/index.js'
import type { LoadedChangeForm } from '../../read/forms/change-form.js'
import { banner, baseModel, closedBanner, dash, field, none, type FormLayout } from './form-model.js'
import { figures, itemColumns } from './line-table.js'
import { signature, signNote } from './people.js'
import { deliveryText, sourceText, unitName } from './terms.js'

/**
 * 生产计划变更单: a customer change that production must absorb, taken to material control,
 * who agree (with a new date) or refuse; then the customer accepts or not.
 */
export const changeFormLayout: FormLayout<LoadedChangeForm> = {
  build(f) {
    const c = f.change
    const o = f.agg.order
    const customer = c.customerDecision ? tr('form.customerDecisionValue', { decision: c.customerDecision }) : null
    const mcNote = mcText(f)
    return baseModel(f, {
      banner: c.status === 'terminated' ? banner('changeTerminated') : closedBanner(f),
      meta: [
        field('date', dash(c.createdDate)),
        field('order', c.order),
        field('revision', String(o.revision)),
        field('change', c.change),
        field('status', tr('name.changeStatus', { status: c.status })),
      ],
      // each line's quantity before and after the change
      columns: [...itemColumns(), figures('qtyFrom'), figures('qtyTo'), figures('qtyChange')],
      rows: rows(f),
      terms: [
        ...(c.cancel ? [field('cancel', tr('form.customerCancels'))] : []),
        field('deliveryFrom', deliveryText(c.dateFrom, null)),
        field('deliveryTo', deliveryText(c.dateTo, c.requestedDate)),
        ...(c.reasons.length ? [field('whyMc', c.reasons.map(reasonText).join('\n'))] : []),
        field('mcDecision', mcNote),
        ...(customer ? [field('customerDecision', customer)] : []),
        field('source', c.sourceRef ? c.sourceRef : sourceText(f)),
        ...(c.note ? [field('note', c.note)] : []),
      ],
      signatures: [
        signature(f, 'clerk', c.createdBy ? { by: c.createdBy, date: c.createdDate ?? '' } : null, signNote('requested')),
        signature(f, 'mc', c.decidedBy ? { by: c.decidedBy, date: c.decidedDate ?? '' } : null, mcNote),
        signature(f, 'customer', null, customer),
      ],
    })
  },
}

/**
 * A reason as the change stored it: words print as stored; a message is worded in the language
 * of the print (one this program has no words for: its key).
 */
function reasonText(r: string | Msg): string {
  if (typeof r === 'string') return r
  try {
    return t(r)
  } catch {
    return r.key
  }
}

/** The lines from the change, with names and units from the order. */
function rows(f: LoadedChangeForm): string[][] {
  const names = new Map(f.agg.lines.map((l) => [l.sku, l]))
  return f.change.lines.map((l, i) => {
    const line = names.get(l.sku)
    const diff = l.qtyFrom === null ? '' : l.qtyTo - l.qtyFrom > 0 ? `+${l.qtyTo - l.qtyFrom}` : String(l.qtyTo - l.qtyFrom)
    return [String(i + 1), l.sku, line?.name ?? '', line ? unitName(line.unit) : '', l.qtyFrom === null ? none() : String(l.qtyFrom), String(l.qtyTo), diff]
  })
}

/** MC's decision: agreed (with the new date) or refused (with the reason), or still to decide. */
function mcText(f: LoadedChangeForm): string {
  const c = f.change
  if (!c.mcDecision) return tr('form.mcToDecide')
  return tr('form.mcOpinion', { decision: c.mcDecision, date: c.mcDecision.startsWith('agree') ? c.mcDate : null, reason: c.mcReason })
}
