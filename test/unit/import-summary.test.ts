import { CappedList } from '../../src/domain/import-outcome.js'
import { describe, expect, it } from 'vitest'
import type { MasterSummary, OrdersSummary } from '../../src/domain/import-summary.js'
import { stoppedWords, summaryJson, summaryText } from '../../src/render/import-summary.js'
import type { Feed } from '../../src/services/import/feed.js'
import { committedRecord, noOrdersWritten, noRowsWritten, rollBack, runRecord, startSummary } from '../../src/services/import/summary.js'

/**
 * The one summary of orders and master data: its JSON keeps the keys (and their order) that
 * `--json` has always printed for each kind, and `--strict` rolls back only what was written.
 */
async function* none() {}
const feed: Feed<unknown> = { name: 'calls.csv', format: 'csv', encoding: 'utf8', header: [], size: 10, threaded: true, itemPerRecord: false, chunks: none(), close: async () => {} }
const mode = { dryRun: false, strict: false }

const orders = () => startSummary<OrdersSummary>(feed, mode, { kind: 'orders', ordersRead: 0, written: noOrdersWritten(), stockCheck: null, threaded: true, merged: new CappedList() })
const customers = () => startSummary<MasterSummary>(feed, mode, { kind: 'customers', written: noRowsWritten() })

describe('import summary', () => {
  it('--json of an order import: the keys in their order, money as text', () => {
    const s = orders()
    s.written = { ordersImported: 2, linesImported: 3, total: 22090, customersCreated: 0, firstNumber: '26-00001', lastNumber: '26-00002' }
    const json = summaryJson(s)
    expect(Object.keys(json)).toEqual([
      'kind', 'file', 'format', 'encoding', 'dryRun', 'strict', 'committed', 'batch', 'rowsRead',
      'ordersRead', 'ordersImported', 'linesImported', 'total', 'firstNumber', 'lastNumber',
      'duplicates', 'conflictCount', 'rejectedCount', 'customersCreated', 'stockCheck', 'fileError', 'errorRows', 'threaded',
      'elapsedMs', 'rowsPerSecond', 'conflicts', 'rejected', 'listsTruncated', 'interrupted', 'stillRunning', 'stopped',
      'mergedCount', 'merged',
    ])
    expect(json).toMatchObject({ total: '220.90', ordersImported: 2, threaded: true })
  })

  it('--json of a master-data import: its counts where the orders have theirs, no order keys', () => {
    expect(Object.keys(summaryJson(customers()))).toEqual([
      'kind', 'file', 'format', 'encoding', 'dryRun', 'strict', 'committed', 'batch', 'rowsRead',
      'created', 'updated', 'unchanged',
      'duplicates', 'conflictCount', 'rejectedCount', 'fileError', 'errorRows',
      'elapsedMs', 'conflicts', 'rejected', 'listsTruncated', 'interrupted', 'stillRunning', 'stopped',
    ])
  })

  it('--strict rolls back what was written; rows found unchanged stay so', () => {
    const o = orders()
    o.batch = 4
    o.written = { ordersImported: 2, linesImported: 3, total: 100, customersCreated: 1, firstNumber: 'a', lastNumber: 'b' }
    rollBack(o)
    expect(o).toMatchObject({ batch: null, written: noOrdersWritten() })
    const c = customers()
    c.written = { created: 1, updated: 2, unchanged: 3 }
    rollBack(c)
    expect(c.written).toEqual({ created: 0, updated: 0, unchanged: 3 })
  })

  it('what a stopped run had committed, and what a finished one records', () => {
    const written = { ordersImported: 2, linesImported: 3, total: 100, customersCreated: 0, firstNumber: 'a', lastNumber: 'b' }
    expect(committedRecord('orders', { rowsRead: 9, written })).toEqual({ orders: 2, lines: 3, total: 100, firstNumber: 'a', lastNumber: 'b' })
    expect(committedRecord('stock', { rowsRead: 9, written: { created: 0, updated: 4, unchanged: 1 } })).toEqual({ rowsRead: 9, created: 0, updated: 4, unchanged: 1 })
    const c = customers()
    c.rowsRead = 5
    expect(Object.keys(runRecord(c))).toEqual(['kind', 'file', 'rowsRead', 'created', 'updated', 'unchanged', 'duplicates', 'conflicts', 'rejected'])
    expect(Object.keys(runRecord(orders()))).toEqual(['kind', 'file', 'rowsRead', 'ordersImported', 'linesImported', 'total', 'duplicates', 'conflicts', 'rejected', 'customersCreated', 'firstNumber', 'lastNumber'])
  })

  it('the words: a stock import counts moves; a stopped run says what was committed and what to do', () => {
    const st = startSummary<MasterSummary>(feed, { dryRun: true, strict: false }, { kind: 'stock', written: { created: 0, updated: 2, unchanged: 1 } })
    expect(summaryText(st)).toMatch(/^File {16}calls\.csv \(csv, utf8\)  — dry run, nothing written\nRows read {11}0\nStock moves {9}2\nUnchanged {11}1\n/)
    const o = orders()
    o.committed = true
    o.batch = 7
    o.written = { ...noOrdersWritten(), ordersImported: 40, firstNumber: '26-00001', lastNumber: '26-00040' }
    o.stopped = { code: 'disk_full', reason: 'the disk is full', batchFinished: true }
    expect(stoppedWords(o, '/srv/desk.db')).toBe(
      'the import stopped: the disk is full; 40 orders had been committed (batch 7, 26-00001 … 26-00040); batch 7 is marked interrupted. Free disk space (the desk is /srv/desk.db), then run the same import again: what is already imported is skipped',
    )
  })
})
