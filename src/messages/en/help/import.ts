import type { HelpEntries } from '../../help-entry.js'

/** The options every import subcommand has. */
const COMMON = {
  '--format': 'file format: csv, json, jsonl (default: from the file name, else csv)',
  '--encoding': 'text encoding: utf8, gbk (default utf8; a BOM is ignored)',
  '--map': "take a column from another name, e.g. customer=CustomerID,sku='Item No' (repeatable)",
  '--dry-run': 'validate and report, write nothing',
  '--strict': 'import nothing if anything is rejected or conflicts',
  '--errors': 'write the rejected rows, with an error column, as CSV to fix and re-import',
  '--batch-size': 'orders (or rows) per transaction (default 500); other clerks get the database between batches',
} as const

const FILE = { file: 'the file to import, or - for stdin' } as const

/** The help of `orderdesk import` and its subcommands, in English. */
export const importHelp = {
  import: { description: 'batch import of phone orders and master data from CSV, JSON or JSON Lines (file or - for stdin)' },
  'import orders': {
    description: 'phone orders become inquiries: rows with the same ext_ref are one order (clerk, manager)',
    arguments: FILE,
    options: {
      ...COMMON,
      '--create-customers': 'create unknown customers from customer_name (and phone)',
      '--check-stock': 'run the stock check on each imported order (production lines get lead-time dates)',
    },
    who: 'clerk or manager',
    example: 'orderdesk import orders calls.csv --errors rejected.csv',
  },
  'import customers': {
    description: 'customers by code: code, name, contact, phone, address (new ones added, known ones updated)',
    arguments: FILE,
    options: COMMON,
    who: 'clerk or manager',
    example: 'orderdesk import customers customers.csv --dry-run',
  },
  'import products': {
    description: 'products by sku: sku, name, price, unit, lead_days, producible (new ones added, known ones updated)',
    arguments: FILE,
    options: COMMON,
    who: 'clerk or manager',
    example: 'orderdesk import products products.csv',
  },
  'import stock': {
    description: 'a stock take: sku, qty (counted on hand) [, reason]; the difference is booked as an adjustment',
    arguments: FILE,
    options: { ...COMMON, '--receive': 'add each qty as goods received instead of a stock take' },
    who: 'clerk, manager or mc',
    example: 'orderdesk import stock stocktake.csv',
  },
} as const satisfies HelpEntries
