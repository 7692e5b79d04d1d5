import type { NotFoundKind } from '../errors.js'
import type { Msg } from '../message.js'

/** The parameters of the common messages: each key a message, each value what its words need. */
export interface CommonMessages {
  /** A value that must not be empty (a reason, a name). */
  'common.empty': Record<string, never>
  /** Text longer than allowed. */
  'common.tooLong': { max: number }
  /** A number or an amount beyond what the desk holds. */
  'common.tooLarge': Record<string, never>
  /** A date before the business date where only today or later makes sense. */
  'common.beforeToday': { today: string }
  /** Not a date `YYYY-MM-DD` (nor today, tomorrow, +N). */
  'common.notADate': Record<string, never>
  /** Not an amount of money (12.50). */
  'common.notAnAmount': Record<string, never>
  /** An amount with three or more decimals. */
  'common.atMostTwoDecimals': Record<string, never>
  /** A quantity that is not a positive whole number. */
  'common.notPositiveWhole': Record<string, never>
  /** An `--item` that is not `sku=qty` or `sku=qty@price`. */
  'common.notAnItem': Record<string, never>
  /** A `sku=value` pair (`--mc-date`) that is not one. */
  'common.notSkuValue': Record<string, never>

  // the frames of the errors every command shares (domain/errors.ts)
  /** A value given on the command line or in a file is wrong (exit 2): which, what, and why. */
  'common.invalidValue': { field: string; value: string; reason: string | Msg }
  /** A run without a terminal lacks flags (or variables) it must be given (exit 2). */
  'common.missingFlags': { flags: (string | Msg)[] }
  /** The thing named does not exist (exit 3); `hint` what to run to find it. */
  'common.notFound': { kind: NotFoundKind; ref: string; hint: string | Msg | null }
  /** Ctrl-C at a prompt (exit 130). */
  'common.cancelled': Record<string, never>
  /** A bug (exit 1): the error's own text. */
  'common.internalError': { text: string }
  /** `--as` / ORDERDESK_USER names nobody on the desk (exit 4). */
  'common.unknownUser': { user: string }

  // the rule for text from outside (domain/text-rules.ts); `at` counts from 1
  /** A control character (C0, DEL, C1, a bidi embedding, override or isolate) in text from outside. */
  'common.controlCharacter': { code: number; at: number }
  /** A lone UTF-16 surrogate (not text). */
  'common.loneSurrogate': { code: number; at: number }

  // flags (cli/flags.ts, cli/parse.ts)
  /** A whole number beyond the safe integer range. */
  'common.tooLargeAtMost': { max: number }
  'common.notARevision': Record<string, never>
  /** `--limit`: a whole number, 0 for all. */
  'common.notALimit': Record<string, never>
  /** A flag that takes one of a few values. */
  'common.oneOf': { values: readonly string[] }
  /** A date typed at a prompt before today. */
  'common.notBeforeToday': { today: string }

  // PINs (cli/manager-pin.ts): never flags, the variable or a hidden prompt
  /** A user's PIN, as a missing variable names it (`ORDERDESK_PIN (wang's PIN)`). */
  'common.pinOf': { user: string }
  /** A user's new PIN, as a missing variable names it. */
  'common.newPinOf': { user: string }
  /** A variable a run without a terminal must set, with what it holds. */
  'common.pinVariable': { variable: 'ORDERDESK_PIN' | 'ORDERDESK_NEW_PIN'; holds: string | Msg }
  /** The hidden prompt for the acting user's PIN (a sign-off). */
  'common.pinFor': { user: string }
  /** Nothing typed at the PIN prompt. */
  'common.typePin': Record<string, never>
  'common.newPinFor': { user: string }
  'common.newPinAgain': Record<string, never>
  /** A new PIN typed at the prompt that breaks the rule (`rule`: `user.pinRule`). */
  'common.pinBreaksRule': { rule: Msg }
  'common.pinsDiffer': Record<string, never>
}
