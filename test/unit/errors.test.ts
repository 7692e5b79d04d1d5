import { beforeAll, describe, expect, it } from 'vitest'
import {
  BusyError,
  CancelledError,
  MissingFlagsError,
  NotFoundError,
  OrderdeskError,
  RefusedError,
  UsageError,
  ValidationError,
} from '../../src/domain/errors.js'
import { installWords } from '../../src/messages/index.js'

// the frames of the errors are the catalogue's words, as the cli installs them
beforeAll(installWords)

describe('ValidationError', () => {
  const e = new ValidationError('qty', '1.5', 'must be a positive whole number')

  it('exits 2 with code invalid_value', () => {
    expect(e.exitCode).toBe(2)
    expect(e.code).toBe('invalid_value')
  })

  it('names the field and the quoted value', () => {
    expect(e.message).toBe('invalid qty "1.5": must be a positive whole number')
    expect(e.field).toBe('qty')
    expect(e.value).toBe('1.5')
    expect(e.reason).toBe('must be a positive whole number')
    expect(e.details).toEqual({ field: 'qty', value: '1.5' })
  })

  it('quotes values that contain quotes and stringifies non-strings', () => {
    expect(new ValidationError('note', 'say "hi"', 'too long').message).toBe('invalid note "say \\"hi\\"": too long')
    const n = new ValidationError('deposit', 150, 'must be a whole percent from 0 to 100')
    expect(n.message).toBe('invalid deposit "150": must be a whole percent from 0 to 100')
    expect(n.details).toEqual({ field: 'deposit', value: '150' })
  })

  it('is an Error and an OrderdeskError', () => {
    expect(e).toBeInstanceOf(Error)
    expect(e).toBeInstanceOf(OrderdeskError)
    expect(e).not.toBeInstanceOf(UsageError)
  })
})

describe('UsageError', () => {
  it('exits 2 with code usage', () => {
    const e = new UsageError('unknown option --foo', { option: '--foo' })
    expect(e.exitCode).toBe(2)
    expect(e.code).toBe('usage')
    expect(e.message).toBe('unknown option --foo')
    expect(e.details).toEqual({ option: '--foo' })
  })
})

describe('MissingFlagsError', () => {
  it('exits 2 and names every missing flag', () => {
    const e = new MissingFlagsError(['--customer', '--item', '--requested'])
    expect(e.exitCode).toBe(2)
    expect(e.code).toBe('usage')
    expect(e.message).toBe('must provide `--customer`, `--item`, `--requested` when not running interactively')
    for (const f of ['--customer', '--item', '--requested']) expect(e.message).toContain(`\`${f}\``)
    expect(e.flags).toEqual(['--customer', '--item', '--requested'])
    expect(e.details).toEqual({ missing: ['--customer', '--item', '--requested'] })
  })

  it('works for a single flag', () => {
    expect(new MissingFlagsError(['--reason']).message).toBe('must provide `--reason` when not running interactively')
  })

  it('is a UsageError', () => {
    const e = new MissingFlagsError(['--reason'])
    expect(e).toBeInstanceOf(UsageError)
    expect(e).toBeInstanceOf(OrderdeskError)
    expect(e).toBeInstanceOf(Error)
  })
})

describe('NotFoundError', () => {
  it('exits 3 with code not_found', () => {
    const e = new NotFoundError('order', '26-00042')
    expect(e.exitCode).toBe(3)
    expect(e.code).toBe('not_found')
    expect(e.message).toBe('order "26-00042" not found')
    expect(e.kind).toBe('order')
    expect(e.ref).toBe('26-00042')
    expect(e.details).toEqual({ kind: 'order', ref: '26-00042' })
    expect(e).toBeInstanceOf(OrderdeskError)
  })

  it('adds a hint in parentheses', () => {
    expect(new NotFoundError('customer', 'ACME', 'see `orderdesk customer list`').message).toBe(
      'customer "ACME" not found (see `orderdesk customer list`)',
    )
  })

  it('omits an empty hint', () => {
    expect(new NotFoundError('product', 'NW-999', '').message).toBe('product "NW-999" not found')
  })
})

describe('RefusedError', () => {
  it('exits 4 with code refused by default', () => {
    const e = new RefusedError('cannot sign the contract for order 26-00042: it is inquiry')
    expect(e.exitCode).toBe(4)
    expect(e.code).toBe('refused')
    expect(e.message).toBe('cannot sign the contract for order 26-00042: it is inquiry')
    expect(e.details).toBeUndefined()
    expect(e).toBeInstanceOf(OrderdeskError)
  })

  it('takes a specific code and details', () => {
    const e = new RefusedError('stock is gone; run `orderdesk stock check 26-00042` again', 'stock_gone', { sku: 'NW-011' })
    expect(e.exitCode).toBe(4)
    expect(e.code).toBe('stock_gone')
    expect(e.details).toEqual({ sku: 'NW-011' })
  })
})

describe('BusyError', () => {
  it('exits 5 with code busy and a default message', () => {
    const e = new BusyError()
    expect(e.exitCode).toBe(5)
    expect(e.code).toBe('busy')
    expect(e.message).toBe('the database is busy (locked by another orderdesk); try again')
    expect(e).toBeInstanceOf(OrderdeskError)
  })

  it('takes a custom message', () => {
    expect(new BusyError('locked').message).toBe('locked')
  })
})

describe('CancelledError', () => {
  it('exits 130 with code cancelled', () => {
    const e = new CancelledError()
    expect(e.exitCode).toBe(130)
    expect(e.code).toBe('cancelled')
    expect(e.message).toBe('cancelled')
    expect(e).toBeInstanceOf(OrderdeskError)
  })
})

describe('exit codes', () => {
  it('map one-to-one to SPEC §5', () => {
    expect(
      [
        new ValidationError('x', 'y', 'z'),
        new MissingFlagsError(['--x']),
        new NotFoundError('order', 'x'),
        new RefusedError('no'),
        new BusyError(),
        new CancelledError(),
      ].map((e) => e.exitCode),
    ).toEqual([2, 2, 3, 4, 5, 130])
  })
})
