import type { AftersalesMessages } from './messages/aftersales.js'
import type { AuditMessages } from './messages/audit.js'
import type { ChangeMessages } from './messages/change.js'
import type { CommonMessages } from './messages/common.js'
import type { DeskMessages } from './messages/desk.js'
import type { FormMessages } from './messages/form.js'
import type { ImportMessages } from './messages/import.js'
import type { IntakeMessages } from './messages/intake.js'
import type { LinesMessages } from './messages/lines.js'
import type { MasterMessages } from './messages/master.js'
import type { NameMessages } from './messages/names.js'
import type { OrderMessages } from './messages/order.js'
import type { PaperMessages } from './messages/paper.js'
import type { MoneyMessages } from './messages/money.js'
import type { ProductionMessages } from './messages/production.js'
import type { ProgramMessages } from './messages/program.js'
import type { ReportMessages } from './messages/report.js'
import type { SettingsMessages } from './messages/settings.js'
import type { ShippingMessages } from './messages/shipping.js'
import type { StockMessages } from './messages/stock.js'
import type { UserMessages } from './messages/user.js'

/**
 * Every message the program can say, by key, with the values its words need. Only keys and
 * values live down here; the words are in the catalogue above the services
 * (`src/messages/en/` and `src/messages/zh-CN/`, one file per topic as here), which the cli installs at start. A key
 * without words, or a message given without one of its values, does not compile.
 */
export interface MessageParams
  extends CommonMessages,
    OrderMessages,
    IntakeMessages,
    MasterMessages,
    StockMessages,
    ProductionMessages,
    ChangeMessages,
    ShippingMessages,
    AftersalesMessages,
    ImportMessages,
    ReportMessages,
    AuditMessages,
    DeskMessages,
    FormMessages,
    UserMessages,
    SettingsMessages,
    NameMessages,
    ProgramMessages,
    // issue 19: lines
    LinesMessages,
    PaperMessages,
    // issue 20: money
    MoneyMessages {}

export type MessageKey = keyof MessageParams

/** A message not yet in words: its key and its values. */
export interface Msg<K extends MessageKey = MessageKey> {
  readonly key: K
  readonly params: MessageParams[K]
}

/**
 * A message for the catalogue to word.
 *
 * @example
 * throw new RefusedError(msg('order.overpayment', { order: '24-0001', amount, total, paid }), 'overpayment')
 */
export function msg<K extends MessageKey>(key: K, params: MessageParams[K]): Msg<K> {
  return { key, params }
}

/** What turns a message into words: installed by the cli (`useWords`), the key itself until then. */
let wording: (m: Msg) => string = (m) => m.key
/** The same for what scripts read: one language (English), whatever the person reads. */
let scriptWording: (m: Msg) => string = (m) => m.key

/**
 * The cli installs its catalogue once at start (tests that run use cases in-process do the
 * same): the words of the language in use, and the words for scripts (English).
 */
export function useWords(w: (m: Msg) => string, forScripts: (m: Msg) => string = w): void {
  wording = w
  scriptWording = forScripts
}

/** The words of a message (or a plain text as it is) in the installed catalogue. */
export function say(m: Msg | string): string {
  return typeof m === 'string' ? m : wording(m)
}

/**
 * The words of a message where a script reads them, the same in every language (English): a
 * JSON error's `details`, the data of an audit event. Only the person's text follows the
 * language (a JSON error's `message`); what a script parses never does (docs/json.md).
 */
export function sayForScripts(m: Msg | string): string {
  if (typeof m === 'string') return m
  // a message inside it (a reason in a frame) is worded for scripts too
  const saved = wording
  wording = scriptWording
  try {
    return scriptWording(m)
  } finally {
    wording = saved
  }
}
