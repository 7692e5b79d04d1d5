import type { Command } from 'commander'
import { SETTINGS, type SettingKey } from '../../domain/settings.js'
import { setSetting } from '../../services/set-setting.js'
import { allSettings } from '../../read/settings.js'
import { table } from '../../render/table.js'
import { serviceContext, withSession } from '../context.js'
import { managerPin } from '../manager-pin.js'

/** `settings show|set|unset`: the desk's configuration, stored in the database. */
export function registerSettings(program: Command): void {
  const settings = program.command('settings').description('desk settings (quotation approval thresholds, ...)')

  settings
    .command('show')
    .description('every known setting with its value')
    .action(async (_raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const values = await allSettings(s.store.db)
        const rows = (Object.keys(SETTINGS) as SettingKey[]).map((key) => {
          const v = values.get(key)
          return { key, value: v === undefined ? null : SETTINGS[key].format(v), description: SETTINGS[key].description }
        })
        s.out.result(Object.fromEntries(rows.map((r) => [r.key, r.value])), () =>
          table(['Key', 'Value', 'Meaning'], rows.map((r) => [r.key, r.value ?? '(unset)', r.description])),
        )
      }, { access: 'read' }),
    )

  settings
    .command('set <key> <value>')
    .description('set a setting (managers; a sign-off: PIN)')
    .action(async (key: string, value: string, _raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const ctx = await serviceContext(s)
        const stored = await setSetting(ctx, key, value, await managerPin(s, ctx))
        const shown = SETTINGS[key as SettingKey].format(stored!)
        s.out.result({ [key]: shown }, () => '')
        s.out.done(`${key} = ${shown}`)
      }),
    )

  settings
    .command('unset <key>')
    .description('remove a setting (managers; a sign-off: PIN)')
    .action(async (key: string, _raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const ctx = await serviceContext(s)
        await setSetting(ctx, key, null, await managerPin(s, ctx))
        s.out.result({ [key]: null }, () => '')
        s.out.done(`${key} unset`)
      }),
    )
}
