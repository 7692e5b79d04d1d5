import type { ProductionMessages } from '../../domain/messages/production.js'
import { PRODUCTION_STEPS, type ProductionStep } from '../../domain/production-status.js'
import type { Words } from '../words.js'

/** What each step does, for "cannot … production order X". */
const VERB: Record<ProductionStep, string> = {
  accept: 'accept',
  reject: 'reject',
  progress: 'report progress on',
  done: 'report goods done for',
  dispatch: 'dispatch',
  rate: 'rate',
}

/** The production messages in English. */
export const production: Words<ProductionMessages> = {
  'production.seeList': () => 'see `orderdesk production list`',
  'production.wrongState': (p) => {
    const s = PRODUCTION_STEPS[p.step]
    return `cannot ${VERB[p.step]} production order ${p.number}: it is ${p.status} (\`${s.command}\` needs ${s.from.join(' or ')})`
  },
  'production.dateBeforeToday': (p) => `must not be before today (${p.today})`,
  'production.qtyNotPositive': () => 'must be a positive whole number',
  'production.qtyOverRemaining': (p) => `only ${p.remaining} remain on ${p.number}`,
  'production.rejectedRange': (p) => `must be a whole number from 0 to ${p.qty}`,
  'production.notMc': () => 'must be a user with role mc',
  'production.noOtherMc': () => 'there is no other MC user to dispatch to; give one with --assign',
  'production.scoreRange': () => 'must be a whole number from 1 to 5',
  'production.reasonEmpty': () => 'must not be empty',
  'production.percentRange': () => 'must be a whole number from 0 to 100',
}
