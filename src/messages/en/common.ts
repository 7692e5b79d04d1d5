import { NOT_FOUND_KIND } from '../../domain/errors.js'
import type { CommonMessages } from '../../domain/messages/common.js'
import { say } from '../../domain/message.js'
import { codePoint, describeControl, type ControlWords } from '../characters.js'
import type { Words } from '../words.js'

/** How a refused character is named to the clerk: `U+001B ESC`, `U+009B, a C1 control,`. */
const CONTROLS: ControlWords = {
  c1: (c) => `${c}, a C1 control,`,
  embedding: (c) => `${c}, a bidi embedding,`,
  pop: (c) => `${c}, a bidi pop,`,
  override: (c) => `${c}, a bidi override,`,
  isolate: (c) => `${c}, a bidi isolate,`,
}

/** The common messages in English. */
export const common: Words<CommonMessages> = {
  'common.empty': () => 'must not be empty',
  'common.tooLong': (p) => `at most ${p.max} characters`,
  'common.tooLarge': () => 'too large',
  'common.beforeToday': (p) => `must not be before today (${p.today})`,
  'common.notADate': () => 'must be a date YYYY-MM-DD',
  'common.notAnAmount': () => 'must be an amount like 12.50',
  'common.atMostTwoDecimals': () => 'at most two decimals',
  'common.notPositiveWhole': () => 'must be a positive whole number',
  'common.notAnItem': () => 'must be sku=qty or sku=qty@price',
  'common.notSkuValue': () => 'must be sku=value',

  'common.invalidValue': (p) => `invalid ${p.field} ${JSON.stringify(p.value)}: ${say(p.reason)}`,
  'common.missingFlags': (p) => `must provide ${p.flags.map((f) => `\`${say(f)}\``).join(', ')} when not running interactively`,
  // a kind's English word is the one `details.kind` has always given
  'common.notFound': (p) => `${NOT_FOUND_KIND[p.kind]} ${JSON.stringify(p.ref)} not found${p.hint ? ` (${say(p.hint)})` : ''}`,
  'common.cancelled': () => 'cancelled',
  'common.internalError': (p) => `internal error: ${p.text}`,
  'common.unknownUser': (p) =>
    `user ${JSON.stringify(p.user)} is not an orderdesk user; act as one with --as <user> or ORDERDESK_USER (see \`orderdesk user list\`)`,

  'common.controlCharacter': (p) => `must not contain control characters (${describeControl(p.code, CONTROLS)} at character ${p.at})`,
  'common.loneSurrogate': (p) => `must be valid Unicode text (a lone surrogate ${codePoint(p.code)} at character ${p.at})`,

  'common.tooLargeAtMost': (p) => `too large (at most ${p.max})`,
  'common.notARevision': () => 'must be a revision number',
  'common.notALimit': () => 'must be a whole number (0 = all)',
  'common.oneOf': (p) => `must be one of ${p.values.join(', ')}`,
  'common.notBeforeToday': (p) => `not before today (${p.today})`,

  'common.pinOf': (p) => `${p.user}'s PIN`,
  'common.newPinOf': (p) => `${p.user}'s new PIN`,
  'common.pinVariable': (p) => `${p.variable} (${say(p.holds)})`,
  'common.pinFor': (p) => `PIN for ${p.user}`,
  'common.typePin': () => 'type the PIN',
  'common.newPinFor': (p) => `New PIN for ${p.user}`,
  'common.newPinAgain': () => 'New PIN again',
  'common.pinBreaksRule': (p) => `the PIN ${say(p.rule)}`,
  'common.pinsDiffer': () => 'the two PINs differ',
}
