import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'

/**
 * PINs are stored only as salted scrypt hashes: `scrypt$N$r$p$salt$hash` (base64). A hash
 * keeps the cost it was made with, so older hashes (N=2^14 before issue 16) still verify;
 * `needsRehash` says when one should be made again at today's cost.
 * Not pure in the strict sense (it uses crypto), but has no I/O.
 */
const N = 2 ** 17
const R = 8
const P = 1
/** scrypt needs 128·N·r bytes (128 MiB at N=2^17, r=8); Node's default limit is 32 MiB. */
const MAXMEM = 256 * 1024 * 1024

/** The shortest and longest PIN a user may choose (older, shorter PINs keep working). */
export const PIN_MIN = 6
export const PIN_MAX = 64

export function hashPin(pin: string): string {
  const salt = randomBytes(16)
  const hash = scryptSync(pin.normalize('NFC'), salt, 32, { N, r: R, p: P, maxmem: MAXMEM })
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`
}

/** The cost parameters of a stored hash, or null when it is not one this desk can check. */
function params(stored: string): { n: number; r: number; p: number; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash || rest.length > 0) return null
  if (![n, r, p].every((x) => /^[1-9]\d{0,7}$/.test(x ?? ''))) return null
  const [nn, rr, pp] = [Number(n), Number(r), Number(p)]
  // N a power of two above 1; the memory it needs within the limit (else scrypt would throw)
  if (nn < 2 || (nn & (nn - 1)) !== 0 || 128 * nn * rr + 128 * rr * pp > MAXMEM - 1024 * 1024 || pp > 16) return null
  const expected = Buffer.from(hash, 'base64')
  if (expected.length !== 32) return null
  return { n: nn, r: rr, p: pp, salt: Buffer.from(salt, 'base64'), hash: expected }
}

export function verifyPin(pin: string, stored: string): boolean {
  const s = params(stored)
  if (!s) return false
  const actual = scryptSync(pin.normalize('NFC'), s.salt, s.hash.length, { N: s.n, r: s.r, p: s.p, maxmem: MAXMEM })
  return timingSafeEqual(actual, s.hash)
}

/** Whether a stored hash was made at a lower cost than today's (upgrade it at the next correct use). */
export function needsRehash(stored: string): boolean {
  const s = params(stored)
  return s !== null && (s.n < N || s.r < R)
}

/** A PIN a user may choose now: 6 to 64 characters, no control characters. */
export function validPin(pin: string): boolean {
  const length = [...pin].length
  // eslint-disable-next-line no-control-regex
  return length >= PIN_MIN && length <= PIN_MAX && !/[\u0000-\u001f\u007f-\u009f]/.test(pin)
}
