import { msg } from '../../src/domain/message.js'
import { NEXT_OWNER, ORDER_STATUSES, nextAction as nextActionOf, wrongState, type OrderStatus } from '../../src/domain/order-status.js'
import { t } from '../../src/messages/index.js'
import { nextActionText, nextCommand } from '../../src/render/next-action.js'

/** The refusal of a step on an order, in the words the clerk reads (domain values + the English catalogue). */
export const refusalMessage = (...a: Parameters<typeof wrongState>): string => t(msg('order.wrongState', wrongState(...a)))

/** What comes next for an order, in words: `{ command, hint }`. */
export const nextAction = (o: Parameters<typeof nextActionOf>[0]) => nextActionText(nextActionOf(o))

/** Per status: the hint, the command with `{order}` left in, and who owes it. */
export const NEXT_ACTION = Object.fromEntries(
  ORDER_STATUSES.map((s) => [
    s,
    {
      hint: t(msg('order.nextHint', { situation: s })),
      command: nextCommand({ situation: s, order: '{order}', hasCommand: !['lost', 'completed', 'cancelled'].includes(s) }),
      owner: NEXT_OWNER[s],
    },
  ]),
) as Record<OrderStatus, { hint: string; command: string | null; owner: string | null }>
