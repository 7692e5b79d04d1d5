import type { Doing, UserMessages } from '../../domain/messages/user.js'
import { ROLES, type Permission } from '../../domain/roles.js'
import { localTime } from '../local-time.js'
import type { Words } from '../words.js'

/** Who may do it, for "… needs role …". */
const WHO_MAY: Record<Permission, string> = {
  'master.write': 'clerk or manager',
  'user.write': 'manager',
  'stock.write': 'clerk, manager or mc',
  'inquiry.write': 'clerk or manager',
  'contract.sign': 'clerk or manager',
  'settings.write': 'manager',
  'payment.record': 'clerk, finance or manager',
  'production.work': 'mc',
  'production.manage': 'clerk or manager',
  'shipping.plan': 'clerk or manager',
  'shipping.move': 'logistics, clerk or manager',
  'invoice.issue': 'finance or manager',
  'aftersales': 'clerk or manager',
  // issue 19: payments
  'payment.refund': 'finance or manager',
  // issue 19: countersign and attachments
  'attach.add': 'clerk, finance, logistics or manager',
}

const DOING: Record<Doing, string> = {
  'customer.add': 'adding a customer',
  'product.add': 'adding a product',
  'user.add': 'adding a user',
  'user.editRole': 'changing a role',
  'user.setOthersPin': "setting another user's PIN",
  'stock.receive': 'receiving stock',
  'stock.adjust': 'adjusting stock',
  'stock.check': 'checking stock',
  'inquiry.new': 'recording an inquiry',
  'inquiry.drop': 'dropping an inquiry',
  'quote.reprice': 're-pricing an offer',
  'contract.sign': 'signing a contract',
  'settings.change': 'changing a setting',
  'invoice.issue': 'issuing an invoice',
  'payment.record': 'recording a payment',
  'change.request': 'requesting a change',
  'change.confirm': 'confirming a change',
  'change.decide': 'deciding a plan change',
  'production.accept': 'accepting a production order',
  'production.reject': 'rejecting a production order',
  'production.progress': 'reporting production progress',
  'production.done': 'reporting production done',
  'production.redispatch': 're-dispatching a production order',
  'production.rate': 'rating a production order',
  'production.reopen': 'taking back a production completion',
  'shipment.plan': 'planning a shipment',
  'shipment.send': 'sending a shipment',
  'shipment.deliver': 'recording a delivery',
  'feedback.add': 'recording feedback',
  'complaint.open': 'opening a complaint',
  'complaint.resolve': 'resolving a complaint',
  'import.orders': 'importing orders',
  'import.createCustomers': 'creating customers (--create-customers)',
  'import.customers': 'importing customers',
  'import.products': 'importing products',
  'import.stock': 'importing stock',
  // issue 19: payments
  'payment.refund': 'recording a refund',
  'payment.void': 'voiding a payment',
  'return.receive': 'receiving a return',
  // issue 19: countersign and attachments
  'contract.countersign': "recording the customer's signed contract",
  'confirmation.countersign': "recording the customer's signed order confirmation",
  'attach.add': 'attaching a file to an order',
  // issue 19: master
  'customer.edit': 'editing a customer',
  'product.edit': 'editing a product',
}

const LOCKED: Record<UserMessages['user.locked']['why'], (p: UserMessages['user.locked']) => string> = {
  wrongPin: (p) => `wrong PIN for ${p.user}; nothing was signed. ${p.limit} wrong PINs within ${p.windowMinutes} minutes: ${p.user}'s sign-offs are locked`,
  locked: (p) => `${p.user}'s sign-offs are locked`,
  attemptsUsed: (p) => `${p.limit} PIN attempts for ${p.user} within ${p.windowMinutes} minutes were wrong or are still being checked: ${p.user}'s sign-offs are locked`,
}

/** The first five names, then how many more. */
const someOf = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', '))

const PIN_OF: Record<UserMessages['user.pinOf']['which'], (user: string) => string> = {
  pin: (u) => `${u}'s PIN`,
  current: (u) => `${u}'s current PIN`,
  new: (u) => `${u}'s new PIN`,
  newManager: (u) => `${u}'s PIN: a manager needs one`,
}

const COLUMN: Record<UserMessages['user.column']['column'], string> = { name: 'Name', role: 'Role', fullName: 'Full name', pin: 'PIN' }

/** The user messages in English. */
export const user: Words<UserMessages> = {
  'user.forbidden': (p) => `${p.user} is ${p.role}; ${DOING[p.doing]} needs role ${WHO_MAY[p.permission]}`,
  'user.needsManager': (p) => `${p.user} is ${p.role}; ${p.command} needs a manager`,
  'user.needsSignature': (p) => `${p.user} is ${p.role}; ${p.command} needs a manager's signature`,
  'user.signoffWithoutPin': (p) => `${p.user} has no PIN, and a sign-off needs one: set it with \`orderdesk user pin ${p.user}\``,
  'user.noPin': (p) => `${p.user} has no PIN`,
  'user.wrongPin': (p) => `wrong PIN for ${p.user}; nothing was signed`,
  'user.locked': (p) => {
    const minutes = Math.max(1, Math.ceil((p.until - p.now) / 60_000))
    return `${LOCKED[p.why](p)} until ${localTime(p.until, p.now)} (in ${minutes} minute${minutes === 1 ? '' : 's'}); try again then`
  },
  'user.notAUser': (p) => `user ${JSON.stringify(p.name)} is not an orderdesk user; a manager adds users`,
  'user.firstMustBeManager': () => 'the first user of a new desk must be a manager with a PIN: `orderdesk user add <name> --role manager --pin`',
  'user.firstUserMeanwhile': () => 'the desk got its first user meanwhile; a manager adds users now',
  'user.nameRule': () => 'letters, digits, . _ - (start with a letter, at most 32)',
  'user.roleRule': () => `must be one of ${ROLES.join(', ')}`,
  'user.pinRule': (p) => `must be ${p.min} to ${p.max} characters (digits are fine), no control characters`,
  'user.managerNeedsPin': () => 'a manager needs a PIN: pass --pin',
  'user.exists': () => 'a user of that name exists',
  'user.seeList': () => 'see `orderdesk user list`',
  'user.sameRole': (p) => `${p.user} is ${p.role} already; nothing changed`,
  'user.managerWithoutPin': (p) => `${p.user} has no PIN, and a manager needs one: set it first with \`orderdesk user pin ${p.user}\``,
  'user.lastManager': (p) => `${p.user} is the last manager with a PIN: nobody would be left to sign; make another user manager first`,
  'user.samePin': () => 'is the same as the current one',
  'user.pinSetMeanwhile': (p) => `${p.user} got a PIN meanwhile; change it with that one`,
  'user.firstPinByManager': (p) =>
    `${p.user} has no PIN yet: a manager with a PIN sets the first one (${someOf(p.managers)}): \`orderdesk user pin ${p.user} --as <manager>\``,
  'user.noManagerHasPin': (p) =>
    `${p.user} has no PIN yet, and no manager has one: a manager first sets their own (\`orderdesk user pin <manager> --as <manager>\`), then ${p.user}'s`,
  'user.askRole': () => 'Role',
  'user.askNewRole': (p) => `New role for ${p.user}`,
  'user.askPin': (p) => `PIN for ${p.user}`,
  'user.askCurrentPin': (p) => `Current PIN for ${p.user}`,
  'user.pinOf': (p) => PIN_OF[p.which](p.user),
  'user.added': (p) => `user ${p.user} added as ${p.role}${p.pin ? ' (PIN set)' : ''}`,
  'user.roleChanged': (p) => `user ${p.user} is now ${p.role} (was ${p.previous})`,
  'user.pinDone': (p) => `PIN for ${p.user} ${p.change}`,
  'user.column': (p) => COLUMN[p.column],
  'user.hasPin': () => 'yes',
}
