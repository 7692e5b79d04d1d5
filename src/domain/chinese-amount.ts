import type { Minor } from './money.js'

/**
 * An amount in Chinese capital numerals (大写金额), as written on contracts and cheques,
 * following the usual accounting rules: every digit keeps its unit (壹拾, not 拾), a run of
 * zeros inside the number is written as one 零, a whole amount ends in 整, and a zero jiao
 * before a non-zero fen is written 零.
 *
 * @example
 * chineseAmount(1234567)     // '壹万贰仟叁佰肆拾伍元陆角柒分'
 * chineseAmount(7)           // '柒分'
 * chineseAmount(1000)        // '壹拾元整'
 * chineseAmount(10000050)    // '壹拾万元伍角'
 * chineseAmount(100000000100) // '壹拾亿零壹元整'
 * chineseAmount(0)           // '零元整'
 */
export function chineseAmount(minor: Minor): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an amount in minor units: ${minor}`)
  if (minor < 0) return `负${chineseAmount(-minor)}`
  const yuan = Math.floor(minor / 100)
  const jiao = Math.floor(minor / 10) % 10
  const fen = minor % 10
  if (minor === 0) return '零元整'
  let out = yuan > 0 ? `${integerPart(yuan)}元` : ''
  if (jiao === 0 && fen === 0) return `${out}整`
  if (jiao > 0) out += `${DIGITS[jiao]}角`
  else if (yuan > 0) out += '零'
  if (fen > 0) out += `${DIGITS[fen]}分`
  return out
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
const UNITS = ['', '拾', '佰', '仟'] as const

/**
 * A positive whole number of yuan in capital numerals, without the trailing 元: the part
 * above 亿 (itself written with 万 if need be), then the part above 万, then the rest; a
 * lower part that does not fill its leading digit is joined with 零 (壹拾亿零壹, 壹万零壹拾).
 */
function integerPart(n: number): string {
  for (const [size, unit] of [[1e8, '亿'], [1e4, '万']] as const) {
    if (n >= size) {
      const high = Math.floor(n / size)
      const low = n % size
      if (low === 0) return `${integerPart(high)}${unit}`
      return `${integerPart(high)}${unit}${low < size / 10 ? '零' : ''}${integerPart(low)}`
    }
  }
  return fourDigits(n)
}

/** 1..9999: every digit with its unit; inner zeros as one 零, trailing zeros dropped. */
function fourDigits(n: number): string {
  let out = ''
  let zero = false
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10
    if (d === 0) {
      if (out) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += DIGITS[d]! + UNITS[p]!
  }
  return out
}
