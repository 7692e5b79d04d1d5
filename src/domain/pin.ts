import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

/**
 * PINs are stored only as salted scrypt hashes: `scrypt$N$r$p$salt$hash` (base64).
 * Not pure in the strict sense (it uses crypto), but has no I/O.
 */
const N = 16384
const R = 8
const P = 1

export function hashPin(pin: string): string {
  const salt = randomBytes(16)
  const hash = scryptSync(pin, salt, 32, { N, r: R, p: P })
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`
}

export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  if (![n, r, p].every((x) => /^[1-9]\d{0,6}$/.test(x ?? ''))) return false
  const expected = Buffer.from(hash, 'base64')
  if (expected.length !== 32) return false
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  })
  return timingSafeEqual(actual, expected)
}

export function validPin(pin: string): boolean {
  return /^\d{4,12}$/.test(pin)
}
