import { PRODUCTION_STATUSES } from '../../../domain/production-status.js'
import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk production` and its subcommands, in English. */
export const productionHelp = {
  production: { description: 'production orders (生产命令单): MC accepts, reports progress and completion' },
  'production list': {
    description: 'production orders, rush first then by due date (default: the first 50 open ones; --limit 0 for all)',
    options: {
      '--status': `only these statuses (comma-separated): ${PRODUCTION_STATUSES.join(', ')}; "all" for every one`,
      '--mine': 'only those dispatched to me',
      '--assignee': "only this MC user's",
      '--limit': 'at most n (0 = all)',
    },
    who: 'anyone',
    example: 'orderdesk production list --mine --as zhao',
  },
  'production accept': {
    description: 'accept a production order and commit a completion date (mc)',
    options: { '--date': 'committed completion date' },
    who: 'mc',
    example: 'orderdesk production accept 26-00042-MO1 --date 2026-12-15',
  },
  'production reject': {
    description: 'reject a production order; it goes back to the clerk (mc)',
    options: { '--reason': 'why it cannot be made as ordered' },
    who: 'mc',
    example: 'orderdesk production reject 26-00042-MO1 --reason "mould under repair until January"',
  },
  'production dispatch': {
    description: 're-dispatch a rejected production order (clerk, manager); default: the least-loaded other MC user',
    options: { '--assign': 'the MC user to give it to' },
    who: 'clerk or manager',
    example: 'orderdesk production dispatch 26-00042-MO1 --assign sun',
  },
  'production progress': {
    description: 'report progress in percent (mc)',
    options: { '--percent': '0 to 100', '--note': 'what happened' },
    who: 'mc',
    example: 'orderdesk production progress 26-00042-MO1 --percent 60 --note "second shift on it"',
  },
  'production done': {
    description: 'goods finished into the warehouse, reserved for the order (mc); without --qty: all that remains',
    options: { '--qty': 'quantity finished and inspected', '--rejected': 'of those, rejected at quality control (stay open for rework)' },
    who: 'mc',
    example: 'orderdesk production done 26-00042-MO1 --qty 20 --rejected 2',
  },
  'production rate': {
    description: "the clerk's evaluation of MC's work on a finished production order (1-5)",
    options: { '--score': 'score', '--comment': 'comment' },
    who: 'clerk or manager',
    example: 'orderdesk production rate 26-00042-MO1 --score 4 --comment "on time, two cases reworked"',
  },
  // issue 19: production sign-off and reopen
  'production sign': {
    description: "sign a production order a change added or enlarged (manager, PIN): it is in force only once signed, and only then may MC accept it",
    who: 'manager (a sign-off: PIN)',
    example: 'orderdesk production sign 26-00042-MO3 --as wang',
  },
  'production reopen': {
    description: 'take back a wrongly reported completion (mc, signed off by a manager with PIN): the goods leave the warehouse again by a reversing stock move and the production order is in progress',
    options: { '--qty': 'how many of those reported done to take back', '--reason': 'why the completion was wrong', '--manager': "the manager who signs the correction off (their PIN from ORDERDESK_PIN)" },
    who: 'mc, signed off by a manager (their PIN)',
    example: 'orderdesk production reopen 26-00042-MO1 --qty 5 --reason "counted twice" --manager wang --as zhao',
  },
} as const satisfies HelpEntries
