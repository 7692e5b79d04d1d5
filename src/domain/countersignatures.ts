/**
 * A document's countersignature records (issue 19, records you can trust): the first, and each
 * correction superseding the one before (`countersign --correct --reason`). Nothing is deleted;
 * the current record of a document is the one no other supersedes.
 *
 * @example
 * currentCountersignatures([{ id: 1, document: 'D', supersedes: null }, { id: 2, document: 'D', supersedes: 1 }])
 * // → [{ id: 2, document: 'D', supersedes: 1 }]
 */
export interface CountersignRecord {
  id: number
  document: string
  supersedes: number | null
}

/** The records no other supersedes (one a document), in the order given. */
export function currentCountersignatures<T extends CountersignRecord>(records: readonly T[]): T[] {
  const superseded = new Set(records.map((r) => r.supersedes).filter((s): s is number => s !== null))
  return records.filter((r) => !superseded.has(r.id))
}

/** The current record of `document`, if it has one. */
export function currentCountersignature<T extends CountersignRecord>(records: readonly T[], document: string): T | undefined {
  return currentCountersignatures(records.filter((r) => r.document === document))[0]
}
