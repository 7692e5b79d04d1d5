import type { FormKind } from '../domain/forms.js'
import { insertDocumentCopy } from '../store/queries/document-copies.js'
import { eventRow } from '../store/queries/events.js'
import type { EventRow } from '../store/schema.js'
import type { Tx } from '../store/transaction.js'
import { recordEvent, type EventContext, type StepEvent } from './record-step.js'

/** A document a step issues: its form, and its number (or the order's number: the latest of that form). */
export interface IssuedDocument {
  form: FormKind
  ref: string
}

/** What the issuing step's audit event says of each document it issued: which, and the SHA-256 of its stored copy. */
export interface IssuedHash {
  form: FormKind
  number: string
  sha256: string
}

/**
 * Records a step's audit event together with the documents it issues (issue 19 §1): each is
 * read as its form shows it once the step's rows are written — the read side's form model,
 * with this event as the form will find it — and stored whole with its SHA-256, which the
 * event carries in `data.documents`, all in the step's transaction. A form that turns out to
 * be a draft (a quotation still awaiting the manager's approval) is not stored.
 *
 * Services read the forms here, and only here: the document as issued is the read model at
 * the moment of issue (DEVELOPMENT.md, the layers).
 */
export async function recordIssuingEvent(tx: Tx, ctx: EventContext, at: string, e: StepEvent, issues: readonly IssuedDocument[] | undefined): Promise<IssuedHash[]> {
  if (!issues || issues.length === 0) {
    await recordEvent(tx, ctx, at, e)
    return []
  }
  // loaded only by a step that issues a document: the forms' readers stay out of every other command
  const { formToStore } = await import('../read/forms/load-form.js')
  const { contentHash } = await import('../read/forms/form-copy.js')
  const pending: EventRow = { id: Number.MAX_SAFE_INTEGER, ...eventRow({ at, businessDate: ctx.today, actor: ctx.actor.name, ...e }), hash: '', prev_hash: '', sealed: null }
  const documents: IssuedHash[] = []
  for (const d of issues) {
    const stored = await formToStore(tx, d.form, d.ref, ctx.today, pending)
    if (!stored) continue
    const sha256 = contentHash(stored.content)
    await insertDocumentCopy(tx, {
      orderId: stored.form.agg.order.id,
      form: d.form,
      number: stored.form.number,
      revision: stored.form.agg.order.revision,
      content: stored.content,
      sha256,
      by: ctx.actor.name,
      at,
      date: ctx.today,
    })
    documents.push({ form: d.form, number: stored.form.number, sha256 })
  }
  await recordEvent(tx, ctx, at, documents.length > 0 ? { ...e, data: { ...(e.data ?? {}), documents } } : e)
  return documents
}
