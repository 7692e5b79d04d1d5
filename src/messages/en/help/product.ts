import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk product` and its subcommands, in English. */
export const productHelp = {
  product: { description: 'products (the catalogue)' },
  'product add': {
    description: 'add a product',
    options: {
      '--sku': 'product code',
      '--name': 'product name',
      '--price': 'list price, e.g. 12.50',
      '--unit': 'unit of quantity',
      '--lead-days': 'days MC usually needs to make it',
      '--not-producible': 'cannot be made (sold from stock only)',
    },
    who: 'clerk or manager',
    example: 'orderdesk product add --sku NW-078 --name "Jasmine Tea" --price 16.50 --unit case --lead-days 10',
  },
  'product list': {
    description: 'list products with stock',
    options: { '--limit': 'at most n (0 = all)' },
    who: 'anyone',
    example: 'orderdesk product list',
  },
  'product show': {
    description: 'show one product',
    who: 'anyone',
    example: 'orderdesk product show NW-011',
  },
} as const satisfies HelpEntries
