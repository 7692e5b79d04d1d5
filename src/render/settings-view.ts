import { SETTINGS, type SettingKey } from '../domain/settings.js'
import { tr } from '../messages/index.js'
import { table } from './table.js'

/** One setting as `settings show` lists it: its value as shown to people, null when not set. */
interface SettingLine {
  key: SettingKey
  value: string | null
}

/** Every known setting, in the order the domain declares them, with its stored value formatted. */
export function settingLines(values: ReadonlyMap<string, string>): SettingLine[] {
  return (Object.keys(SETTINGS) as SettingKey[]).map((key) => {
    const v = values.get(key)
    return { key, value: v === undefined ? null : SETTINGS[key].format(v) }
  })
}

/** `settings show --json`: key → value (null when not set). */
export function settingsJson(lines: SettingLine[]): Record<string, string | null> {
  return Object.fromEntries(lines.map((r) => [r.key, r.value]))
}

/** `settings show`: every known setting with its value (or that it is not set) and what it means. */
export function settingsTable(lines: SettingLine[]): string {
  const head = [tr('settings.column', { column: 'key' }), tr('settings.column', { column: 'value' }), tr('settings.column', { column: 'meaning' })]
  return table(head, lines.map((r) => [r.key, r.value ?? tr('settings.notSet'), tr('settings.meaning', { key: r.key })]))
}
