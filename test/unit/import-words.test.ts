import { CappedList } from '../../src/domain/import-outcome.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InterruptedBatch, OrdersSummary } from '../../src/domain/import-summary.js'
import { msg } from '../../src/domain/message.js'
import { useLanguage } from '../../src/messages/index.js'
import { progressLine } from '../../src/render/import-progress.js'
import { interruptedWords, stillRunningWords, stoppedWords, summaryText } from '../../src/render/import-summary.js'
import type { Feed } from '../../src/services/import/feed.js'
import { noOrdersWritten, startSummary } from '../../src/services/import/summary.js'

/**
 * The import's sentences with values in both languages: the progress line, an earlier run
 * found interrupted or still running, a run the environment stopped, a file that broke.
 */
async function* none() {}
const feed: Feed<unknown> = { name: 'calls.csv', format: 'csv', encoding: 'utf8', header: [], size: 10, threaded: true, itemPerRecord: false, chunks: none(), close: async () => {} }
const batch: InterruptedBatch = {
  batch: 3,
  kind: 'orders',
  file: 'calls.csv',
  actor: 'li',
  startedAt: '2026-11-26T09:00:00.000Z',
  committed: { orders: 40, lines: 52, total: 2051700, firstNumber: '26-00001', lastNumber: '26-00040' },
}

function stopped(): OrdersSummary {
  const o = startSummary<OrdersSummary>(feed, { dryRun: false, strict: false }, { kind: 'orders', ordersRead: 0, written: noOrdersWritten(), stockCheck: null, threaded: true, merged: new CappedList() })
  o.committed = true
  o.batch = 7
  o.written = { ...noOrdersWritten(), ordersImported: 40, firstNumber: '26-00001', lastNumber: '26-00040' }
  o.stopped = { code: 'disk_full', reason: '磁盘已满', batchFinished: false }
  return o
}

describe('the import in English', () => {
  beforeAll(() => useLanguage('en'))

  it('the progress line, as its example says', () => {
    expect(progressLine({ rows: 5000, bytes: 1 << 20, size: 4 << 20 }, 2)).toBe('  5,000 rows  2,500 rows/s  [######..................] 25%  ETA 6 s')
    expect(progressLine({ rows: 1, bytes: 0, size: null }, 0)).toBe('  1 rows  0 rows/s')
  })

  it('an interrupted batch and one still running', () => {
    expect(interruptedWords(batch, true)).toBe(
      'import batch 3 (orders from calls.csv, started 2026-11-26T09:00:00.000Z by li) stopped before it finished: 40 orders, 52 lines, total 20,517.00 had been committed (26-00001 … 26-00040); it would be marked interrupted (dry run: left as it is)',
    )
  })
})

describe('the import in Chinese', () => {
  beforeAll(() => useLanguage('zh-CN'))
  afterAll(() => useLanguage('en'))

  it('the progress line', () => {
    expect(progressLine({ rows: 5000, bytes: 1 << 20, size: 4 << 20 }, 2)).toBe('  已读 5,000 行  每秒 2,500 行  [######..................] 25%  剩余约 6 秒')
  })

  it('an interrupted batch (with its total as money), one still running', () => {
    expect(interruptedWords(batch, false)).toBe(
      '导入批次 3（订单，文件 calls.csv，li 于 2026-11-26T09:00:00.000Z 开始）没有完成就停止了：已提交 40 个订单，52 行，合计 ¥20,517.00（26-00001 … 26-00040）；现已标记为中断',
    )
    expect(interruptedWords({ ...batch, kind: 'customers', committed: null }, true)).toBe(
      '导入批次 3（客户，文件 calls.csv，li 于 2026-11-26T09:00:00.000Z 开始）没有完成就停止了：它没有记录进度（它的改动见导入批次 3 的审计记录）；本应标记为中断（试导入：保持原样）',
    )
    expect(stillRunningWords(batch)).toBe('导入批次 3（订单，文件 calls.csv，li 于 2026-11-26T09:00:00.000Z 开始）仍在另一个进程中运行；未作处理')
  })

  it('a run the environment stopped: what was committed, what happens to its batch, what to do', () => {
    expect(stoppedWords(stopped(), '/srv/desk.db')).toBe(
      '导入已停止：磁盘已满；已提交 40 个订单（批次 7，26-00001 … 26-00040）；下一次导入会把批次 7 标记为中断。请释放磁盘空间（工作台是 /srv/desk.db），然后再运行一次同样的导入：已导入的会跳过',
    )
    const strict = { ...stopped(), strict: true, committed: false }
    expect(stoppedWords(strict, '/srv/desk.db')).toBe(
      '导入已停止：磁盘已满；没有导入任何数据（--strict：已全部回滚）。请释放磁盘空间（工作台是 /srv/desk.db），然后再运行一次同样的导入：已导入的会跳过',
    )
  })

  it('a file that stopped being readable, in the summary', () => {
    const o = stopped()
    o.stopped = null
    o.fileError = { line: 3, reason: msg('import.cannotRead', { line: 3, reason: msg('import.arrayNotClosed', {}) }) }
    expect(summaryText(o).split('\n').at(-1)).toBe('文件没有读完：无法读取文件第 3 行：JSON 数组没有闭合（文件提前结束）')
  })
})
