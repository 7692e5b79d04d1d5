import { ValidationError } from '../domain/errors.js'
import { SETTINGS, isSettingKey } from '../domain/settings.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'

/**
 * Sets (or, with value null, unsets) a known setting. Managers only, and a sign-off: the
 * manager's PIN, checked after the key and value are (a typo costs no PIN attempt).
 */
export async function setSetting(ctx: ServiceContext, key: string, value: string | null, pin: string | null): Promise<string | null> {
  requirePermission(ctx, 'settings.write', 'changing a setting')
  if (!isSettingKey(key)) throw new ValidationError('key', key, `unknown setting; known: ${Object.keys(SETTINGS).join(', ')}`)
  const stored = value === null ? null : SETTINGS[key].parse(value)
  await requireManagerSignoff(ctx, pin, { action: value === null ? 'settings unset' : 'settings set', ref: key })
  await immediate(ctx.db, async (tx) => {
    const before = await tx.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
    if (stored === null) await tx.deleteFrom('settings').where('key', '=', key).execute()
    else if (before) await tx.updateTable('settings').set({ value: stored }).where('key', '=', key).execute()
    else await tx.insertInto('settings').values({ key, value: stored }).execute()
    await appendEvent(tx, {
      at: ctx.now(),
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'settings.set',
      entity: 'setting',
      ref: key,
      data: { from: before?.value ?? null, to: stored },
    })
  })
  return stored
}
