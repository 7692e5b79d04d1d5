import type { ChangeDifference, ChangeMessages } from '../../domain/messages/change.js'
import type { Words } from '../words.js'

const difference = (d: ChangeDifference): string =>
  d.kind === 'goodsLeft' ? `goods have left (${d.shipment})` : d.kind === 'orderNow' ? `the order is now ${d.status}` : d.text

/** The change messages in English. */
export const change: Words<ChangeMessages> = {
  'change.seeList': () => 'see `orderdesk change list`',
  'change.wrongState': (p) => `cannot ${p.step} change ${p.change}: it is ${p.status} (needs ${p.needs.join(' or ')})`,
  'change.changedMeanwhile': (p) => `change ${p.change} changed meanwhile; look again`,
  'change.stale': (p) => {
    const what = p.since.map((e) => `${e.action} ${e.ref} by ${e.actor}`).join(', ')
    return `order ${p.order} changed since change ${p.change} was evaluated (revision ${p.revision.from} → ${p.revision.to}${what ? `: ${what}` : ''}): ${p.differences.map(difference).join('; ')}; end it with \`orderdesk change confirm ${p.change} --customer reject\` and request it again`
  },
  'change.difference': difference,
  'change.noMc': () => 'there is no MC user to dispatch production to',
  'change.dateNeeded': () => 'MC agrees with a new delivery date (--date)',
  'change.dateBeforeToday': (p) => `must not be before today (${p.today})`,
  'change.reasonNeeded': () => 'say why MC refuses',
  'change.sourceRefFlag': (p) => `--source-ref (the ${p.channel === 'fax' ? 'fax number' : 'call recording'} the change came in on)`,
  'change.goodsSent': (p) => `order ${p.order} cannot be changed: goods have left (${p.shipment}); open a complaint or a new order instead`,
  'change.alreadyOpen': (p) => `order ${p.order} already has an open change ${p.change} (${p.status}); finish it first`,
  'change.noSuchProduct': () => 'no such product',
}
