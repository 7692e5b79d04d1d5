import { msg } from '../domain/message.js'
import type { NextAction } from '../domain/order-status.js'
import { t } from '../messages/index.js'

/** The command to run next for an order, in words (null: nothing left to run). */
export function nextCommand(n: NextAction): string | null {
  return n.hasCommand ? t(msg('order.nextCommand', n)) : null
}

/** What comes next for an order: the command (if any) and the hint, in words. */
export function nextActionText(n: NextAction): { command: string | null; hint: string } {
  return { command: nextCommand(n), hint: t(msg('order.nextHint', { situation: n.situation })) }
}
