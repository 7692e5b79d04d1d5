import { NotFoundError, RefusedError, type NotFoundKind } from '../../domain/errors.js'
import type { FormKind } from '../../domain/forms.js'
import { msg, type Msg } from '../../domain/message.js'
import type { NotYetHint } from '../../domain/messages/form.js'
import type { OrderRow } from '../../store/schema.js'
import type { FormRequest } from './form-data.js'

/**
 * Which of an order's documents a form prints: the one whose number was asked for, else the
 * latest. A document not issued yet is refused (exit 4, with what to do first); a number that
 * is none of the order's is not found (exit 3, naming them).
 */
export function pickDocument<T extends { number: string }>(r: FormRequest, kind: NotFoundKind, docs: T[], isWanted = (d: T) => d.number === r.wanted): T {
  const doc = r.wanted ? docs.find(isWanted) : docs.at(-1)
  if (!doc) throw new NotFoundError(kind, r.ref, msg('form.orderHas', { order: r.agg.order.number, numbers: docs.map((d) => d.number) }))
  return doc
}

/** When the order number picked the latest of several documents: a remark naming the others. */
export function latestOfSeveral(r: FormRequest, form: 'production-order' | 'outbound-slip', docs: { number: string }[]): Msg[] {
  if (r.wanted || docs.length < 2) return []
  return [msg('form.latestOfSeveral', { form, order: r.agg.order.number, latest: docs.at(-1)!.number, others: docs.slice(0, -1).map((d) => d.number) })]
}

export function notYet(form: FormKind, o: OrderRow, hint: NotYetHint): RefusedError {
  return new RefusedError(msg('form.notYet', { form, order: o.number, status: o.status, hint }), 'no_document', { order: o.number, status: o.status })
}
