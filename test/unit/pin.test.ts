import { describe, expect, it } from 'vitest'
import { hashPin, validPin, verifyPin } from '../../src/domain/pin.js'

describe('hashPin / verifyPin', () => {
  const stored = hashPin('4711')

  it('stores a salted scrypt hash, not the pin', () => {
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
    expect(stored).not.toContain('4711')
    const [, , , , salt, hash] = stored.split('$')
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16)
    expect(Buffer.from(hash!, 'base64')).toHaveLength(32)
  })

  it('verifies the same pin', () => {
    expect(verifyPin('4711', stored)).toBe(true)
  })

  it.each(['4712', '471', '47110', '', ' 4711', '1174'])('rejects the wrong pin %j', (pin) => {
    expect(verifyPin(pin, stored)).toBe(false)
  })

  it('two hashes of the same pin differ (random salt) and both verify', () => {
    const a = hashPin('123456')
    const b = hashPin('123456')
    expect(a).not.toBe(b)
    expect(a.split('$')[4]).not.toBe(b.split('$')[4])
    expect(verifyPin('123456', a)).toBe(true)
    expect(verifyPin('123456', b)).toBe(true)
  })

  it('round-trips a 12-digit pin', () => {
    const s = hashPin('000000000000')
    expect(verifyPin('000000000000', s)).toBe(true)
    expect(verifyPin('000000000001', s)).toBe(false)
  })

  it('rejects a stored value of another scheme or with parts missing', () => {
    const [, n, r, p, salt, hash] = stored.split('$')
    expect(verifyPin('4711', `bcrypt$${n}$${r}$${p}$${salt}$${hash}`)).toBe(false)
    expect(verifyPin('4711', `scrypt$${n}$${r}$${p}$${salt}$`)).toBe(false)
    expect(verifyPin('4711', `scrypt$${n}$${r}$${p}$$${hash}`)).toBe(false)
    expect(verifyPin('4711', '')).toBe(false)
    expect(verifyPin('4711', '4711')).toBe(false)
  })

  it('rejects a hash whose salt was changed', () => {
    const parts = stored.split('$')
    parts[4] = Buffer.alloc(16, 7).toString('base64')
    expect(verifyPin('4711', parts.join('$'))).toBe(false)
  })
})

describe('validPin', () => {
  it.each(['1234', '0000', '123456', '123456789012'])('%j is valid', (pin) => {
    expect(validPin(pin)).toBe(true)
  })

  it.each(['', '123', '1234567890123', 'abcd', '12a4', '12 34', ' 1234', '1234 ', '-1234', '12.34', '１２３４'])(
    '%j is invalid',
    (pin) => {
      expect(validPin(pin)).toBe(false)
    },
  )
})
