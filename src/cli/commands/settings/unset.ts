import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { setSetting } from '../../../services/set-setting.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'
import { managerPin } from '../../manager-pin.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { key: string }

/** `settings unset <key>`: a manager's sign-off (PIN). */
export function register(settings: Command): void {
  described(settings.command('unset <key>'), 'settings unset').action(action(schema, run))
}

/** Removes a setting (the default applies again). */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  await setSetting(ctx, opts.key, null, await managerPin(s, ctx))
  s.out.result({ [opts.key]: null }, () => '')
  s.out.done(tr('settings.unset', { key: opts.key }))
}
