import { NotFoundError, RefusedError } from '../domain/errors.js'
import { findChange, type ChangeView } from '../store/queries/changes.js'
import type { Tx } from '../store/transaction.js'

/** Loads a change (by its number or its form's number) and refuses unless it is in one of `statuses`. */
export async function changeInStatus(tx: Tx, number: string, statuses: string[], what: string): Promise<ChangeView> {
  const c = await findChange(tx, number)
  if (!c) throw new NotFoundError('change', number, 'see `orderdesk change list`')
  if (!statuses.includes(c.status)) {
    throw new RefusedError(`cannot ${what} change ${c.number}: it is ${c.status} (needs ${statuses.join(' or ')})`, 'wrong_state', {
      change: c.number,
      status: c.status,
    })
  }
  return c
}
