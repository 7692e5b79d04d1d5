import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { IsoDate } from '../../domain/dates.js'
import { OrderdeskError } from '../../domain/errors.js'
import { ForwardedError } from '../../domain/import-outcome.js'
import { assembleOrders, checkOrderHeader, orderJsonColumns, type AssembledOrder, type OrderChunk, type OrderFileOptions } from './assemble-orders.js'
import type { Feed } from './feed.js'
import { openImportSource, type ImportEncoding, type ImportFormat } from './read-source.js'

/**
 * The order feed read in a worker thread (feed-orders.ts chooses when): both ends. The worker
 * runs dist/import-worker.cjs (src/cli/import-worker.ts), the bundle's second entry point,
 * beside dist/main.cjs; it reads and assembles the file and posts the chunks.
 *
 * Flow control: the worker has at most IN_FLIGHT chunks waiting in the command's thread, so
 * memory stays flat however far ahead the reading is.
 */
const TAG = 'orderdesk-import-orders'
const IN_FLIGHT = 4

interface WorkerInput {
  tag: typeof TAG
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
  map: [string, string][]
  today: IsoDate
  keepRaw: boolean
}

interface ForwardedFailure {
  message: string
  exitCode: number | null
  code: string | null
  details?: Record<string, unknown>
}

type FromWorker =
  | { t: 'header'; name: string; format: ImportFormat; encoding: ImportEncoding; header: string[]; size: number | null }
  | { t: 'chunk'; chunk: OrderChunk }
  | { t: 'end' }
  | { t: 'error'; error: ForwardedFailure }

/** Starts the worker on the file and gives its feed once the worker has read the header. */
export async function openWorkerFeed(opts: OrderFileOptions): Promise<Feed<AssembledOrder>> {
  const input: WorkerInput = { tag: TAG, path: opts.path, format: opts.format, encoding: opts.encoding, map: [...opts.map], today: opts.today, keepRaw: opts.keepRaw }
  // stdin is read here and handed to the worker as its process.stdin: a pipe is often
  // non-blocking, and read straight from fd 0 in the worker it gave EAGAIN as soon as the
  // writer paused (`slow-export | orderdesk import orders -`)
  const stdin = opts.path === '-'
  const worker = new Worker(new URL('./import-worker.cjs', import.meta.url), { workerData: input, stdin })
  if (stdin) process.stdin.pipe(worker.stdin!)
  const inbox = workerInbox(worker)
  const close = async () => {
    if (stdin) {
      process.stdin.unpipe(worker.stdin!)
      process.stdin.destroy() // a writer still sending must not keep this process alive
    }
    await worker.terminate()
  }
  const first = await inbox.next().catch(async (e) => {
    await close()
    throw e
  })
  if (first.t === 'error') {
    await close()
    throw revive(first.error)
  }
  if (first.t !== 'header') throw new Error('the import worker did not start with the header')
  async function* chunks(): AsyncGenerator<OrderChunk> {
    for (;;) {
      const m = await inbox.next()
      if (m.t === 'chunk') {
        yield m.chunk
        worker.postMessage('credit')
      } else if (m.t === 'end') return
      else if (m.t === 'error') throw revive(m.error)
    }
  }
  return { name: first.name, format: first.format, encoding: first.encoding, header: first.header, size: first.size, threaded: true, itemPerRecord: false, chunks: chunks(), close }
}

/** The worker's messages in order, one at a time; a worker that fails or exits early throws. */
function workerInbox(worker: Worker): { next(): Promise<FromWorker> } {
  const queue: FromWorker[] = []
  let failure: unknown = null
  let exited = false
  let wake: (() => void) | null = null
  worker.on('message', (m: FromWorker) => {
    queue.push(m)
    wake?.()
  })
  worker.on('error', (e) => {
    failure = e
    wake?.()
  })
  worker.on('exit', () => {
    exited = true
    wake?.()
  })
  return {
    async next() {
      for (;;) {
        const m = queue.shift()
        if (m) return m
        if (failure) throw failure
        if (exited) throw new Error('the import worker stopped unexpectedly')
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = null
      }
    },
  }
}

function revive(e: ForwardedFailure): Error {
  if (e.exitCode === null || e.code === null) return new Error(e.message)
  return new ForwardedError(e.message, e.exitCode, e.code, e.details)
}

function forwarded(e: unknown): ForwardedFailure {
  const err = e as Error
  return e instanceof OrderdeskError ? { message: err.message, exitCode: e.exitCode, code: e.code, details: e.details } : { message: err?.message ?? String(e), exitCode: null, code: null }
}

/** The worker thread: read, validate, and hand over chunks as credit allows. */
async function runWorker(input: WorkerInput): Promise<void> {
  const port = parentPort!
  let credit = IN_FLIGHT
  let wake: (() => void) | null = null
  port.on('message', () => {
    credit++
    wake?.()
  })
  const post = (m: FromWorker) => port.postMessage(m)
  try {
    const map = new Map(input.map)
    const source = await openImportSource({ path: input.path, format: input.format, encoding: input.encoding, jsonColumns: orderJsonColumns(map) })
    checkOrderHeader(source, map)
    post({ t: 'header', name: source.name, format: source.format, encoding: source.encoding, header: source.header, size: source.size })
    for await (const chunk of assembleOrders(source, { map, today: input.today, keepRaw: input.keepRaw })) {
      while (credit <= 0) {
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = null
      }
      credit--
      post({ t: 'chunk', chunk })
    }
    post({ t: 'end' })
  } catch (e) {
    post({ t: 'error', error: forwarded(e) })
  }
}

/** In the reader thread (dist/import-worker.cjs): runs the worker side. */
export function startImportWorker(): void {
  if (!isMainThread && (workerData as WorkerInput | undefined)?.tag === TAG) void runWorker(workerData as WorkerInput)
}
