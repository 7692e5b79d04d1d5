import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { allSettings } from '../../../read/settings.js'
import { settingLines, settingsJson, settingsTable } from '../../../render/settings-view.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({})
export type Options = Infer<typeof schema>

/** `settings show`: a read. */
export function register(settings: Command): void {
  described(settings.command('show'), 'settings show').action(action(schema, run, { access: 'read' }))
}

/** Every known setting with its value (or unset) and what it means. */
export async function run(_opts: Options, s: Session): Promise<void> {
  const lines = settingLines(await allSettings(s.store.db))
  s.out.result(settingsJson(lines), () => settingsTable(lines))
}
