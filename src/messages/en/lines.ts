import type { LinePrice, LinesMessages } from '../../domain/messages/lines.js'
import { formatMoney } from '../../domain/money.js'
import type { Words } from '../words.js'

/** A price with its discount, if any: `21.00`, `21.00 less 5%`. */
const price = (p: LinePrice) => `${formatMoney(p.unitPrice)}${p.discountBp ? ` less ${p.discountBp / 100}%` : ''}`
const list = (xs: number[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`)

/** The messages about an order's lines in English. */
export const lines: Words<LinesMessages> = {
  // issue 19: lines
  'lines.merged': (p) => `${p.sku} was given ${p.parts.length} times (${p.parts.join(' + ')}): one line of ${p.qty}`,
  'lines.priceClash': (p) => `${p.sku} is given twice at different prices, ${price(p.first)} and ${price(p.other)}: one line per product — give it once, at the price agreed`,
  'lines.skuOnLines': (p) => `${p.sku} is on lines ${list(p.lines)} of this order: say which with --line <n>=<qty>`,
  'lines.noSuchLine': (p) => `the order has no such line (its lines: ${p.lines.join(', ') || 'none'}; see \`orderdesk order show\`)`,
  'lines.notALine': () => 'must be <line no.>=<qty> or <line no.>=<qty>@<price>, e.g. 2=8',
  'lines.lineTwice': (p) => `line ${p.line} is given twice: give each line once`,
  'lines.zeroPriceNeedsFree': () => 'a zero price is only for goods given free (samples): add --free --reason <text>',
  'lines.freeWithoutZero': () => '--free: no line is at a zero price (give the free line as <sku>=<qty>@0)',
  'lines.reasonWithoutFree': () => '--reason goes with --free: why the lines at a zero price are free',
  'lines.freeReasonFlag': () => '--reason (why the lines are free)',
  'lines.askFreeReason': () => 'Why are the lines at a zero price free (e.g. samples)?',
  'lines.freeRecorded': (p) => `free of charge: line${p.lines.length === 1 ? '' : 's'} ${list(p.lines)} (${p.reason})`,
  'lines.importZeroPrice': () => 'a zero price (goods given free) is not imported without a reason: say why in the column free_reason (a sample, goods given away)',
  'lines.importPriceClash': (p) => `the product is on line ${p.line} of this order at ${price(p.first)}, here at ${price(p.other)}: one line per product, at one price`,
  'lines.importMergedLabel': () => 'Merged lines',
  'lines.importMergedValue': (p) => `${p.products} product${p.products === 1 ? '' : 's'} on more than one row, in ${p.orders} order${p.orders === 1 ? '' : 's'}: one line each`,
  'lines.importMergedHeading': () => 'Products on more than one row of an order (merged into one line):',
  'lines.importMoreMerged': (p) => `… ${p.count} in all (see --json)`,
  // issue 19: records
  'lines.importFreeReasonPriced': () => 'is only for a line at no charge (a zero price or a discount of 100 %): this line has a price',
}
