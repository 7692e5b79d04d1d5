import type { IsoDate } from '../domain/dates.js'
import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { CountersignedKind } from '../domain/messages/paper.js'
import { DOCUMENT_KINDS } from '../domain/numbering.js'
import { countersignatureOf, insertCountersignature } from '../store/queries/countersignatures.js'
import { contractDocuments } from '../store/queries/documents.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

export interface CountersignInput {
  /** The order number, or the document's own number (`26-00001-CT2`, `26-00001-OC2`). */
  ref: string
  kind: CountersignedKind
  /** When the customer signed (as the returned copy says). */
  date: IsoDate
  /** Where the returned copy is: a fax number, a scan, an attachment (`#2`). */
  returnedRef: string
  // issue 19: records
  /** `--correct --reason`: a new record superseding the document's current one (else a second one is refused). */
  correct?: { reason: string } | null
}

/** The record a correction supersedes, as it said. */
export interface SupersededCountersignature {
  date: IsoDate
  ref: string
  recordedBy: string
  recordedAt: string
}

export interface CountersignResult {
  order: string
  kind: CountersignedKind
  document: string
  date: IsoDate
  ref: string
  recordedBy: string
  recordedAt: string
  // issue 19: records
  /** The record this one corrects (null: the first record of the document). */
  supersedes: SupersededCountersignature | null
  /** Why it was corrected (null for a first record). */
  reason: string | null
}

/** The prefix of the document each kind countersigns: a confirmation OC<n> is the one of contract CT<n>. */
const PREFIX: Record<CountersignedKind, string> = { contract: DOCUMENT_KINDS.contract, confirmation: 'OC' }

const DOC_RE = /^(\d{2}-\d{5,})-([A-Z]{2})(\d+)$/

/**
 * The customer signed and returned the contract or the order confirmation (回签, SPEC's
 * 客户收到订单确认文件后需签字确认): the date they signed and where the returned copy is are
 * recorded with the document. Refused before the document was issued (no contract yet) and,
 * without `correct`, when it was countersigned already. A record is kept as it was entered:
 * `correct` (`--correct --reason`) adds a new record superseding the current one, and says why;
 * nothing is changed or deleted (issue 19, records you can trust).
 */
export async function countersignDocument(ctx: ServiceContext, input: CountersignInput): Promise<CountersignResult> {
  requirePermission(ctx, 'contract.sign', input.kind === 'contract' ? 'contract.countersign' : 'confirmation.countersign')
  const { order: number, seq } = countersignRef(input)
  if (input.date > ctx.today) throw new ValidationError('date', input.date, msg('paper.dateAfterToday', { today: ctx.today }))
  const ref = input.returnedRef.trim()
  const step = input.kind === 'contract' ? 'countersignContract' : 'countersignConfirmation'
  return orderStep(ctx, number, step, async (tx, order, at) => {
    const contracts = await contractDocuments(tx, order.id)
    if (contracts.length === 0) throw new RefusedError(msg('paper.notIssued', { kind: input.kind, order: order.number, status: order.status, signFirst: order.status === 'offered' }), 'not_issued', { order: order.number })
    const doc = seq === null ? contracts.at(-1)! : contracts.find((d) => d.seq === seq)
    const document = `${order.number}-${PREFIX[input.kind]}${seq ?? doc?.seq}`
    if (!doc) throw new NotFoundError(input.kind === 'contract' ? 'contract' : 'order_confirmation', document)
    const issued = doc.signed_at ?? doc.created_at.slice(0, 10)
    if (input.date < issued) throw new ValidationError('date', input.date, msg('paper.dateBeforeIssue', { document, issued }))
    const earlier = await countersignatureOf(tx, document)
    const correct = input.correct ?? null
    if (earlier && !correct) {
      throw new RefusedError(msg('paper.alreadyCountersigned', { kind: input.kind, document, date: earlier.signed_date, ref: earlier.ref, by: earlier.recorded_by }), 'already_countersigned', {
        document,
        date: earlier.signed_date,
        ref: earlier.ref,
      })
    }
    if (!earlier && correct) throw new RefusedError(msg('paper.nothingToCorrect', { kind: input.kind, document }), 'not_countersigned', { document })
    const reason = correct ? correct.reason.trim() : null
    await insertCountersignature(tx, {
      order_id: order.id,
      kind: input.kind,
      document,
      signed_date: input.date,
      ref,
      recorded_by: ctx.actor.name,
      recorded_at: at,
      supersedes: earlier?.id ?? null,
      reason,
    })
    const supersedes = earlier ? { date: earlier.signed_date as IsoDate, ref: earlier.ref, recordedBy: earlier.recorded_by, recordedAt: earlier.recorded_at } : null
    return {
      event: {
        action: `${input.kind}.countersign`,
        data: { document, date: input.date, ref, ...(supersedes ? { supersedes: { date: supersedes.date, ref: supersedes.ref, recordedAt: supersedes.recordedAt }, reason } : {}) },
      },
      result: { order: order.number, kind: input.kind, document, date: input.date, ref, recordedBy: ctx.actor.name, recordedAt: at, supersedes, reason },
    }
  })
}

/** The order and (for a document number) the contract's sequence a countersign names; exit 2 for another kind's document. */
function countersignRef(input: CountersignInput): { order: string; seq: number | null } {
  const m = DOC_RE.exec(input.ref.trim().toUpperCase())
  if (!m) return { order: input.ref.trim(), seq: null }
  if (m[2] !== PREFIX[input.kind]) throw new ValidationError('order', input.ref, msg('paper.countersignRef', { kind: input.kind }))
  return { order: m[1]!, seq: Number(m[3]) }
}
