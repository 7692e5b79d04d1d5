import type { SettingKey } from '../settings.js'

/** The parameters of the settings messages (`orderdesk settings show|set|unset`). */
export interface SettingsMessages {
  /** What a setting means, as `settings show` lists it. */
  'settings.meaning': { key: SettingKey }
  /** A column header of `settings show`. */
  'settings.column': { column: 'key' | 'value' | 'meaning' }
  /** `settings show`: a setting with no value (its default applies). */
  'settings.notSet': Record<string, never>
  /** `settings set` done: the value as shown to people. */
  'settings.set': { key: string; value: string }
  /** `settings unset` done. */
  'settings.unset': { key: string }
}
