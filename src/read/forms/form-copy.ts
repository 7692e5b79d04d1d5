import type { IsoDate } from '../../domain/dates.js'
import type { FormBase } from './form-data.js'
import type { LoadedForm } from './registry.js'

/**
 * An issued document's stored copy (issue 19 §1): the whole form as read when it was issued —
 * the object the layouts take, so whatever a form comes to show is in its copy — as JSON, and
 * its SHA-256. Left out: what belongs to the print, not the document (the date printed on,
 * the remarks for the person printing, what the print is, the payments as of the day printed), and the audit chain's own columns
 * of the order's events (hashes, seals).
 */
export function formContent(f: LoadedForm): string {
  const { today: _today, remarks: _remarks, record: _record, sha256: _sha, currentRevision: _rev, paymentsNow: _payments, people, agg, ...rest } = f as LoadedForm & FormBase
  const events = agg.events.map(({ hash: _h, prev_hash: _p, sealed: _s, ...e }) => e)
  return JSON.stringify({ ...rest, agg: { ...agg, events }, people: [...people.entries()] })
}

export { contentHash } from '../../store/queries/document-copies.js'

/** A stored copy read back as the form it was, printed on `today`. */
export function reviveForm(content: string, today: IsoDate): LoadedForm {
  const stored = JSON.parse(content) as Record<string, unknown> & { agg: FormBase['agg']; people: [string, { fullName: string | null; role: string }][] }
  const agg = { ...stored.agg, events: stored.agg.events.map((e) => ({ ...e, hash: '', prev_hash: '', sealed: null })) }
  return { ...stored, agg, people: new Map(stored.people), today, remarks: [] } as unknown as LoadedForm
}
