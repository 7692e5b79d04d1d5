import type { Updateable } from 'kysely'
import { RefusedError } from '../domain/errors.js'
import type { ChangeRequestsTable } from '../store/schema.js'
import type { ChangeView } from '../store/queries/changes.js'
import type { Tx } from '../store/transaction.js'

/** Updates a change only if it is still in the status it was read in. */
export async function changeGuardUpdate(tx: Tx, c: ChangeView, patch: Updateable<ChangeRequestsTable>): Promise<void> {
  const r = await tx.updateTable('change_requests').set(patch).where('id', '=', c.id).where('status', '=', c.status).executeTakeFirst()
  if (Number(r.numUpdatedRows) !== 1) throw new RefusedError(`change ${c.number} changed meanwhile; look again`, 'stale')
}
