import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { SETTINGS, type SettingKey } from '../../../domain/settings.js'
import { tr } from '../../../messages/index.js'
import { setSetting } from '../../../services/set-setting.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'
import { managerPin } from '../../manager-pin.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { key: string; value: string }

/** `settings set <key> <value>`: a manager's sign-off (PIN). */
export function register(settings: Command): void {
  described(settings.command('set <key> <value>'), 'settings set').action(action(schema, run))
}

/** Sets a known setting to a value its parser accepts, and says it as shown to people. */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  const stored = await setSetting(ctx, opts.key, opts.value, await managerPin(s, ctx))
  const shown = SETTINGS[opts.key as SettingKey].format(stored!)
  s.out.result({ [opts.key]: shown }, () => '')
  s.out.done(tr('settings.set', { key: opts.key, value: shown }))
}
