import { tr } from '../../../messages/index.js'
import { findChange, type ChangeView } from '../../../read/changes.js'
import type { Session } from '../../context.js'

/** A change as it is after a step on it (the step has just found it, so it exists). */
export async function changeNow(s: Session, number: string): Promise<ChangeView> {
  return (await findChange(s.store.db, number))!
}

/** The next step once stock or MC can make a change: the customer's answer. */
export function nextTellCustomer(s: Session, change: string): void {
  s.out.next(tr('change.nextTellCustomer', { change }))
}
