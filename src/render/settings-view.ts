import { SETTINGS, type SettingKey } from '../domain/settings.js'
import { table } from './table.js'

/** One setting as `settings show` lists it: its value as shown to people, null when not set. */
interface SettingLine {
  key: SettingKey
  value: string | null
  description: string
}

/** Every known setting, in the order the domain declares them, with its stored value formatted. */
export function settingLines(values: ReadonlyMap<string, string>): SettingLine[] {
  return (Object.keys(SETTINGS) as SettingKey[]).map((key) => {
    const v = values.get(key)
    return { key, value: v === undefined ? null : SETTINGS[key].format(v), description: SETTINGS[key].description }
  })
}

/** `settings show --json`: key → value (null when not set). */
export function settingsJson(lines: SettingLine[]): Record<string, string | null> {
  return Object.fromEntries(lines.map((r) => [r.key, r.value]))
}

/** `settings show`: every known setting with its value (or `(unset)`) and what it means. */
export function settingsTable(lines: SettingLine[]): string {
  return table(['Key', 'Value', 'Meaning'], lines.map((r) => [r.key, r.value ?? '(unset)', r.description]))
}
