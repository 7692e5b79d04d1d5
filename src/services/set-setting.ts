import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { SETTINGS, isSettingKey } from '../domain/settings.js'
import { replaceSetting } from '../store/queries/settings.js'
import { immediate } from '../store/transaction.js'
import { requirePermission, type ServiceContext } from './context.js'
import { requireManagerSignoff } from './manager-signoff.js'
import { recordEvent } from './record-step.js'

/**
 * Sets (or, with value null, unsets) a known setting. Managers only, and a sign-off: the
 * manager's PIN, checked after the key and value are (a typo costs no PIN attempt).
 */
export async function setSetting(ctx: ServiceContext, key: string, value: string | null, pin: string | null): Promise<string | null> {
  requirePermission(ctx, 'settings.write', 'settings.change')
  if (!isSettingKey(key)) throw new ValidationError('key', key, msg('master.unknownSetting', { known: Object.keys(SETTINGS) }))
  const stored = value === null ? null : SETTINGS[key].parse(value)
  await requireManagerSignoff(ctx, pin, { action: value === null ? 'settings unset' : 'settings set', ref: key })
  await immediate(ctx.db, async (tx) => {
    const before = await replaceSetting(tx, key, stored)
    await recordEvent(tx, ctx, ctx.now(), { action: 'settings.set', entity: 'setting', ref: key, data: { from: before, to: stored } })
  })
  return stored
}
