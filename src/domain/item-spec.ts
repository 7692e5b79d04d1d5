import { ValidationError } from './errors.js'
import { msg } from './message.js'
import { parseMoney, type Minor } from './money.js'

/**
 * An `--item` value: `sku=qty` or `sku=qty@price`.
 *
 * @example
 * parseItem('NW-011=5@21.00') // { sku: 'NW-011', qty: 5, price: 2100 }
 */
export interface ItemSpec {
  sku: string
  qty: number
  price: Minor | null
}

export function parseQty(text: string, field = 'qty'): number {
  const s = String(text).trim()
  if (!/^\d+$/.test(s)) throw new ValidationError(field, text, msg('common.notPositiveWhole', {}))
  const n = Number(s)
  if (n <= 0) throw new ValidationError(field, text, msg('common.notPositiveWhole', {}))
  if (!Number.isSafeInteger(n) || n > 1_000_000_000) throw new ValidationError(field, text, msg('common.tooLarge', {}))
  return n
}

export function parseItem(text: string): ItemSpec {
  const m = /^([^=@\s]+)=([^@]*)(?:@(.*))?$/.exec(String(text).trim())
  if (!m) throw new ValidationError('item', text, msg('common.notAnItem', {}))
  const sku = m[1]!
  const qty = parseQty(m[2]!, `qty for ${sku}`)
  const price = m[3] === undefined ? null : parseMoney(m[3], `price for ${sku}`)
  return { sku, qty, price }
}

/** `sku=date` pairs of `--mc-date`. */
export function parseSkuValue(text: string, flag: string): { sku: string; value: string } {
  const m = /^([^=\s]+)=(.+)$/.exec(String(text).trim())
  if (!m) throw new ValidationError(flag, text, msg('common.notSkuValue', {}))
  return { sku: m[1]!, value: m[2]!.trim() }
}

// issue 19: lines
/**
 * A `--line` value of `change request`: `n=qty` or `n=qty@price`, the line by its number on
 * the order (`order show`'s #); qty 0 takes the line off.
 *
 * @example
 * parseLineItem('2=8@19.50') // { line: 2, qty: 8, price: 1950 }
 */
export function parseLineItem(text: string): { line: number; qty: number; price: Minor | null } {
  const m = /^(\d+)=([^@]*)(?:@(.*))?$/.exec(String(text).trim())
  if (!m || Number(m[1]) < 1 || !Number.isSafeInteger(Number(m[1]))) throw new ValidationError('line', text, msg('lines.notALine', {}))
  const line = Number(m[1])
  const qty = m[2]!.trim() === '0' ? 0 : parseQty(m[2]!, `qty for line ${line}`)
  const price = m[3] === undefined ? null : parseMoney(m[3], `price for line ${line}`)
  return { line, qty, price }
}
