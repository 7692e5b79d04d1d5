import { randomBytes, scryptSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { hashPin, needsRehash, validPin, verifyPin } from '../../src/domain/pin.js'

/** A hash as orderdesk made them before issue 16: scrypt N=2^14. */
function legacy(pin: string, n = 16384): string {
  const salt = randomBytes(16)
  return `scrypt$${n}$8$1$${salt.toString('base64')}$${scryptSync(pin, salt, 32, { N: n, r: 8, p: 1 }).toString('base64')}`
}

describe('hashPin / verifyPin', () => {
  const stored = hashPin('471100')

  it('stores a salted scrypt hash at N=2^17, r=8, p=1, not the pin', () => {
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/)
    expect(stored).not.toContain('471100')
    const [, , , , salt, hash] = stored.split('$')
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16)
    expect(Buffer.from(hash!, 'base64')).toHaveLength(32)
  })

  it('verifies the same pin', () => {
    expect(verifyPin('471100', stored)).toBe(true)
  })

  it.each(['471101', '47110', ' 471100'])('rejects the wrong pin %j', (pin) => {
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

  it('rejects a stored value of another scheme, with parts missing, or with a cost it cannot check', () => {
    const [, n, r, p, salt, hash] = stored.split('$')
    expect(verifyPin('471100', `bcrypt$${n}$${r}$${p}$${salt}$${hash}`)).toBe(false)
    expect(verifyPin('471100', `scrypt$${n}$${r}$${p}$${salt}$`)).toBe(false)
    expect(verifyPin('471100', `scrypt$${n}$${r}$${p}$$${hash}`)).toBe(false)
    expect(verifyPin('471100', `${stored}$x`)).toBe(false)
    expect(verifyPin('471100', '')).toBe(false)
    expect(verifyPin('471100', '471100')).toBe(false)
    // not a power of two, or more memory than allowed: false, not a crash
    expect(verifyPin('471100', `scrypt$131071$${r}$${p}$${salt}$${hash}`)).toBe(false)
    expect(verifyPin('471100', `scrypt$${2 ** 20}$${r}$${p}$${salt}$${hash}`)).toBe(false)
  })

  it('rejects a hash whose salt was changed', () => {
    const parts = stored.split('$')
    parts[4] = Buffer.alloc(16, 7).toString('base64')
    expect(verifyPin('471100', parts.join('$'))).toBe(false)
  })
})

describe('older hashes', () => {
  it('a 4-digit PIN hashed at N=2^14 still verifies, and needs a rehash; a new hash does not', () => {
    const old = legacy('1234')
    expect(verifyPin('1234', old)).toBe(true)
    expect(verifyPin('1235', old)).toBe(false)
    expect(needsRehash(old)).toBe(true)
    expect(needsRehash(legacy('1234', 1024))).toBe(true)
    const renewed = hashPin('1234')
    expect(verifyPin('1234', renewed)).toBe(true)
    expect(needsRehash(renewed)).toBe(false)
    expect(needsRehash('not a hash')).toBe(false)
  })
})

describe('validPin: a PIN a user may choose now', () => {
  it.each(['123456', '000000', '123456789012', 'correct horse', 'pässwört', '１２３４５６', 'x'.repeat(64)])('%j is valid', (pin) => {
    expect(validPin(pin)).toBe(true)
  })

  it.each(['', '1234', '12345', 'abcde', 'x'.repeat(65), '12345\n', '123\u00006', '\u007f23456', '123456\u0085', '\u001b[2J12'])('%j is invalid', (pin) => {
    expect(validPin(pin)).toBe(false)
  })
})
