import type { Minor } from '../money.js'

/** A line's price as a message shows it: the unit price and its discount (basis points). */
export interface LinePrice {
  unitPrice: Minor
  discountBp: number
}

/**
 * The parameters of the messages about an order's lines (issue 19: one line per product,
 * lines addressed by number, lines at no charge): each key a message, each value what its
 * words need.
 */
export interface LinesMessages {
  // issue 19: lines
  /** A warning: a product given more than once became one line (`parts`: the quantities given). */
  'lines.merged': { sku: string; qty: number; parts: number[] }
  /** A product given twice at different prices: not merged, refused (exit 2). */
  'lines.priceClash': { sku: string; first: LinePrice; other: LinePrice }
  /** `--item sku=…` on an order with the product on several lines: say which (`--line`). */
  'lines.skuOnLines': { sku: string; lines: number[] }
  /** `--line n=…` for a line number the order has not (`lines`: the numbers it has). */
  'lines.noSuchLine': { lines: number[] }
  /** A `--line` value that is not `n=qty[@price]`. */
  'lines.notALine': Record<string, never>
  /** `--line` and `--item` (or two `--line`s) for the same line. */
  'lines.lineTwice': { line: number }
  /** A zero price without `--free --reason`. */
  'lines.zeroPriceNeedsFree': Record<string, never>
  /** `--free` on an order with no line at a zero price. */
  'lines.freeWithoutZero': Record<string, never>
  /** `--reason` without `--free`. */
  'lines.reasonWithoutFree': Record<string, never>
  /** The flag `--free` must come with (named in "must provide …"). */
  'lines.freeReasonFlag': Record<string, never>
  /** The prompt for `--reason` after `--free` on a terminal. */
  'lines.askFreeReason': Record<string, never>
  /** Done after the lines were recorded: which lines are at no charge, and why. */
  'lines.freeRecorded': { lines: number[]; reason: string }
  // import orders
  /** A row's reason: a zero price (or all discounted) cannot be imported. */
  'lines.importZeroPrice': Record<string, never>
  /** A row's reason: the product is on an earlier row of the order at another price. */
  'lines.importPriceClash': { line: number; first: LinePrice; other: LinePrice }
  /** The summary's label for orders with a product on more than one row. */
  'lines.importMergedLabel': Record<string, never>
  /** The summary's value: how many products were merged, in how many orders. */
  'lines.importMergedValue': { products: number; orders: number }
  /** The heading of the merged lines' table. */
  'lines.importMergedHeading': Record<string, never>
  /** More merged than the table shows. */
  'lines.importMoreMerged': { count: number }

  // issue 19: records
  /** import: a free_reason on a line that has a price (the column is only for a line at no charge). */
  'lines.importFreeReasonPriced': Record<string, never>
}
