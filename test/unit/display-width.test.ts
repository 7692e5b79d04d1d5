import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/render/width.js'

// displayWidth measures Chinese without loading string-width (its tables cost ~20 ms at start):
// it must agree with string-width on everything a Chinese screen shows
describe('displayWidth agrees with string-width', () => {
  it.each([
    '客户 ALFKI',
    '订单 26-00001 库存查询（SHJM 上海锦茂木门有限公司）',
    '【状态日报】 2026-11-26 星期四',
    '¥53,840.00，银行转账、承兑汇票；付款期限：2026-12-03',
    '✓ 询价 26-00001 已登记',
    '✔ wang 的 PIN ******',
    '杨木胶合板 1220×2440×18mm',
    '“引号”—…·→',
    '第 1 页，共 2 页',
    'ｱｲｳ 半角',
    '한국어 かな カナ',
    '😀 emoji',
    'é́ combining',
    '─────  ──',
  ])('%j', (s) => {
    expect(displayWidth(s)).toBe(stringWidth(s))
  })
})

describe('displayWidth on every Chinese, Japanese and Korean code point it measures itself', () => {
  it('agrees with string-width from U+2E80 to U+FFEF', () => {
    const bad: string[] = []
    for (let c = 0x2e80; c <= 0xffef; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const s = `x${String.fromCharCode(c)}`
      if (displayWidth(s) !== stringWidth(s)) bad.push(c.toString(16))
    }
    expect(bad).toEqual([])
  })
})
