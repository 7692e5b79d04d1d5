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
  // issue 19: master
  'product edit': {
    description: "change a product's name, list price, unit, lead days or whether it can be made (the sku and the stock stay); with no flags on a terminal, asks for each with the current value; the change is kept in its history (product show); orders already taken keep their prices",
    arguments: { sku: 'the product code' },
    options: {
      '--name': 'product name',
      '--price': 'list price, e.g. 12.50',
      '--unit': 'unit of quantity',
      '--lead-days': 'days MC usually needs to make it',
      '--producible': 'can be made again',
      '--not-producible': 'cannot be made (sold from stock only)',
    },
    who: 'clerk or manager',
    example: 'orderdesk product edit NW-011 --price 22.50 --lead-days 10',
  },
} as const satisfies HelpEntries
