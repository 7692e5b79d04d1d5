import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk customer` and its subcommands, in English. */
export const customerHelp = {
  customer: { description: 'customers' },
  'customer add': {
    description: 'add a customer',
    options: {
      '--code': 'short code clerks type, e.g. ALFKI',
      '--name': 'company name',
      '--contact': 'contact person',
      '--phone': 'phone number',
      '--address': 'delivery address',
    },
    who: 'clerk or manager',
    example: 'orderdesk customer add --code HUAXI --name "Huaxi Trading Co." --contact "Liu Yang" --phone 028-8555-0101',
  },
  'customer list': {
    description: 'list customers',
    options: { '--limit': 'at most n (0 = all)' },
    who: 'anyone',
    example: 'orderdesk customer list --limit 20',
  },
  'customer show': {
    description: 'show one customer',
    who: 'anyone',
    example: 'orderdesk customer show ALFKI',
  },
  // issue 19: master
  'customer edit': {
    description: "change a customer's name, contact, phone or address (the code stays); with no flags on a terminal, asks for each with the current value; the change is kept in its history (customer show)",
    arguments: { code: 'the customer code' },
    options: {
      '--name': 'company name',
      '--contact': "contact person ('' clears it)",
      '--phone': "phone number ('' clears it)",
      '--address': "delivery address ('' clears it)",
    },
    who: 'clerk or manager',
    example: 'orderdesk customer edit ALFKI --contact "Ana Trujillo" --phone 030-0076545',
  },
} as const satisfies HelpEntries
