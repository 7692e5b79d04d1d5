import { describe, expect, it } from 'vitest'
import { chineseAmount } from '../../src/domain/chinese-amount.js'
import { parseMoney } from '../../src/domain/money.js'

describe('chineseAmount (大写金额)', () => {
  it.each([
    // the examples of the issue and the brief
    ['12345.67', '壹万贰仟叁佰肆拾伍元陆角柒分'],
    ['0.07', '柒分'],
    ['10.00', '壹拾元整'],
    ['100000.50', '壹拾万元伍角'],
    ['1000000001.00', '壹拾亿零壹元整'],
    ['1002.30', '壹仟零贰元叁角'],
    ['0', '零元整'],
    // jiao and fen
    ['0.10', '壹角'],
    ['0.50', '伍角'],
    ['0.57', '伍角柒分'],
    ['1.00', '壹元整'],
    ['1.07', '壹元零柒分'],
    ['1000.07', '壹仟元零柒分'],
    ['100000.05', '壹拾万元零伍分'],
    // zeros inside a group and between groups
    ['10.50', '壹拾元伍角'],
    ['101.00', '壹佰零壹元整'],
    ['110.00', '壹佰壹拾元整'],
    ['2005.30', '贰仟零伍元叁角'],
    ['10000.00', '壹万元整'],
    ['10001.00', '壹万零壹元整'],
    ['10010.00', '壹万零壹拾元整'],
    ['11000.00', '壹万壹仟元整'],
    ['60585.00', '陆万零伍佰捌拾伍元整'],
    ['660847.50', '陆拾陆万零捌佰肆拾柒元伍角'],
    ['3885.00', '叁仟捌佰捌拾伍元整'],
    ['100000.00', '壹拾万元整'],
    ['1000000.00', '壹佰万元整'],
    ['10000000.00', '壹仟万元整'],
    ['100000000.00', '壹亿元整'],
    ['100000001.00', '壹亿零壹元整'],
    ['100001000.00', '壹亿零壹仟元整'],
    ['101000000.00', '壹亿零壹佰万元整'],
    ['120000000.00', '壹亿贰仟万元整'],
    ['1000000000.00', '壹拾亿元整'],
    ['1234567890.12', '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分'],
    ['1000000000000.00', '壹万亿元整'],
    ['1000100000000.00', '壹万零壹亿元整'],
    ['9999999999999.99', '玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s → %s', (amount, words) => {
    expect(chineseAmount(parseMoney(amount, 'amount'))).toBe(words)
  })

  it('writes a negative amount with 负', () => {
    expect(chineseAmount(-7)).toBe('负柒分')
    expect(chineseAmount(-1000)).toBe('负壹拾元整')
  })

  it('refuses what is not a whole number of minor units', () => {
    expect(() => chineseAmount(1.5)).toThrow(RangeError)
    expect(() => chineseAmount(Number.NaN)).toThrow(RangeError)
  })
})
