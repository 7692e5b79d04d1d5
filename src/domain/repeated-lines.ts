import type { Minor } from './money.js'

/**
 * One line per product (issue 19): a product given twice in one order — two `--item`s, picked
 * twice at the terminal, or two rows of one imported order — is one line whose quantity is
 * the sum. The order keeps the first one's place. Two entries of the product at different
 * prices (or discounts) are not merged: which price the customer was quoted is the clerk's
 * to say, so the caller refuses them, naming both (`clashes`).
 *
 * The prices compared are the ones the lines would get: an entry without a price of its own
 * is at the list price, so `NW-011=5` and `NW-011=3@21.00` (list 21.00) are the same line.
 * Products have no specifications yet; when they do, the key is product and specification.
 *
 * @example
 * mergeRepeated([{ sku: 'NW-011', qty: 5, unitPrice: 2100, discountBp: 0 }, { sku: 'NW-011', qty: 3, unitPrice: 2100, discountBp: 0 }])
 * // → { lines: [{ sku: 'NW-011', qty: 8, … }], merged: [{ sku: 'NW-011', qty: 8, parts: [5, 3], entries: [0, 1] }], clashes: [] }
 */
export interface EnteredLine {
  sku: string
  qty: number
  unitPrice: Minor
  discountBp: number
}

/** A product given more than once and merged: the line's quantity, the quantities given and where (0-based entries). */
export interface MergedLine {
  sku: string
  qty: number
  parts: number[]
  entries: number[]
}

/** A product given again at another price: the first entry and the one that differs (0-based). */
export interface PriceClash<T extends EnteredLine = EnteredLine> {
  sku: string
  first: T
  firstEntry: number
  other: T
  otherEntry: number
}

export interface MergeResult<T extends EnteredLine> {
  lines: T[]
  merged: MergedLine[]
  clashes: PriceClash<T>[]
}

export function mergeRepeated<T extends EnteredLine>(entries: readonly T[]): MergeResult<T> {
  const lines: T[] = []
  const bySku = new Map<string, { line: T; firstEntry: number; merged: MergedLine | null }>()
  const merged: MergedLine[] = []
  const clashes: PriceClash<T>[] = []
  entries.forEach((e, i) => {
    const seen = bySku.get(e.sku)
    if (!seen) {
      const line = { ...e }
      bySku.set(e.sku, { line, firstEntry: i, merged: null })
      lines.push(line)
      return
    }
    if (seen.line.unitPrice !== e.unitPrice || seen.line.discountBp !== e.discountBp) {
      clashes.push({ sku: e.sku, first: entries[seen.firstEntry]!, firstEntry: seen.firstEntry, other: e, otherEntry: i })
      return
    }
    if (!seen.merged) {
      seen.merged = { sku: e.sku, qty: seen.line.qty, parts: [seen.line.qty], entries: [seen.firstEntry] }
      merged.push(seen.merged)
    }
    seen.line.qty += e.qty
    seen.merged.qty = seen.line.qty
    seen.merged.parts.push(e.qty)
    seen.merged.entries.push(i)
  })
  return { lines, merged, clashes }
}
