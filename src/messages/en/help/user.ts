import { ROLES } from '../../../domain/roles.js'
import type { HelpEntries } from '../../help-entry.js'

const role = `one of ${ROLES.join(', ')}`

/** The help of `orderdesk user` and its subcommands, in English. */
export const userHelp = {
  user: { description: 'desk users, their roles and PINs' },
  'user add': {
    description: "add a user (a manager's sign-off; the first user of a new desk: a manager with a PIN, added by anyone)",
    options: {
      '--role': role,
      '--full-name': "the person's full name",
      '--pin': 'give the user a PIN (always for a manager): asked twice, hidden, or ORDERDESK_NEW_PIN',
    },
    who: 'manager (a sign-off: PIN); the first user of a new desk: anyone',
    example: 'orderdesk user add zhang --role clerk --full-name "Zhang Min"',
  },
  'user edit': {
    description: "change a user's role (a manager's sign-off; a manager needs a PIN; the last manager with a PIN stays one)",
    options: { '--role': role },
    who: 'manager (a sign-off: PIN)',
    example: 'orderdesk user edit chen --role finance',
  },
  'user pin': {
    description:
      "set a PIN: your own with the current one, or anyone's as a manager (sign-off); the new PIN asked twice, hidden, or ORDERDESK_NEW_PIN",
    who: "anyone, for their own PIN; manager (a sign-off: PIN) for another user's",
    example: 'orderdesk user pin li',
  },
  'user list': {
    description: 'list users',
    who: 'anyone',
    example: 'orderdesk user list',
  },
} as const satisfies HelpEntries
