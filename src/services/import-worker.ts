import { stat } from 'node:fs/promises'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { columnsOf } from '../domain/import-columns.js'
import type { IsoDate } from '../domain/dates.js'
import { OrderdeskError } from '../domain/errors.js'
import { ForwardedError } from '../domain/import-outcome.js'
import { checkOrderHeader, orderStream, type OrderStreamChunk } from './import-order-stream.js'
import { openImportSource, type ImportEncoding, type ImportFormat } from './import-source.js'

/**
 * Where `import orders` reads and validates its file: in a worker thread for big files and for
 * stdin, so that parsing and validation run beside the database writes (two cores), else in
 * the command's own thread. The worker runs dist/import-worker.cjs (import-worker-thread.ts),
 * the bundle's second entry point, beside dist/main.cjs. ORDERDESK_IMPORT_WORKER=0|1 forces
 * the choice.
 *
 * Flow control: the worker has at most IN_FLIGHT chunks waiting in the command's thread, so
 * memory stays flat however far ahead the reading is.
 */
const TAG = 'orderdesk-import-orders'
const IN_FLIGHT = 4
/** Files from this size on are read in a worker (below it, starting one costs more than it saves). */
const WORKER_FROM_BYTES = 1 << 20

export interface OrderFeedOptions {
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
  map: Map<string, string>
  today: IsoDate
  keepRaw: boolean
}

export interface OrderFeed {
  name: string
  format: ImportFormat
  encoding: ImportEncoding
  header: string[]
  size: number | null
  threaded: boolean
  chunks: AsyncGenerator<OrderStreamChunk>
  close(): Promise<void>
}

interface WorkerInput {
  tag: typeof TAG
  path: string
  format?: ImportFormat
  encoding: ImportEncoding
  map: [string, string][]
  today: IsoDate
  keepRaw: boolean
}

type FromWorker =
  | { t: 'header'; name: string; format: ImportFormat; encoding: ImportEncoding; header: string[]; size: number | null }
  | { t: 'chunk'; chunk: OrderStreamChunk }
  | { t: 'end' }
  | { t: 'error'; error: { message: string; exitCode: number | null; code: string | null; details?: Record<string, unknown> } }

async function useWorker(opts: OrderFeedOptions): Promise<boolean> {
  const forced = process.env.ORDERDESK_IMPORT_WORKER
  if (!import.meta.url.endsWith('.cjs')) return false // running from TypeScript sources (unit tests)
  if (forced === '0') return false
  if (forced === '1' || opts.path === '-') return true
  try {
    return (await stat(opts.path)).size >= WORKER_FROM_BYTES
  } catch {
    return false // openImportSource reports it
  }
}

export async function openOrderFeed(opts: OrderFeedOptions): Promise<OrderFeed> {
  if (!(await useWorker(opts))) {
    const source = await openImportSource({ path: opts.path, format: opts.format, encoding: opts.encoding, jsonColumns: jsonColumns(opts.map) })
    checkOrderHeader(source, opts.map)
    return {
      name: source.name,
      format: source.format,
      encoding: source.encoding,
      header: source.header,
      size: source.size,
      threaded: false,
      chunks: orderStream(source, opts),
      close: async () => source.close(),
    }
  }

  const input: WorkerInput = { tag: TAG, path: opts.path, format: opts.format, encoding: opts.encoding, map: [...opts.map], today: opts.today, keepRaw: opts.keepRaw }
  // stdin is read here and handed to the worker as its process.stdin: a pipe is often
  // non-blocking, and read straight from fd 0 in the worker it gave EAGAIN as soon as the
  // writer paused (`slow-export | orderdesk import orders -`)
  const stdin = opts.path === '-'
  const worker = new Worker(new URL('./import-worker.cjs', import.meta.url), { workerData: input, stdin })
  if (stdin) process.stdin.pipe(worker.stdin!)
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
  const next = async (): Promise<FromWorker> => {
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
  }
  const close = async () => {
    if (stdin) {
      process.stdin.unpipe(worker.stdin!)
      process.stdin.destroy() // a writer still sending must not keep this process alive
    }
    await worker.terminate()
  }
  const first = await next().catch(async (e) => {
    await close()
    throw e
  })
  if (first.t === 'error') {
    await close()
    throw revive(first.error)
  }
  if (first.t !== 'header') throw new Error('the import worker did not start with the header')
  async function* chunks(): AsyncGenerator<OrderStreamChunk> {
    for (;;) {
      const m = await next()
      if (m.t === 'chunk') {
        yield m.chunk
        worker.postMessage('credit')
      } else if (m.t === 'end') return
      else if (m.t === 'error') throw revive(m.error)
    }
  }
  return { name: first.name, format: first.format, encoding: first.encoding, header: first.header, size: first.size, threaded: true, chunks: chunks(), close }
}

function jsonColumns(map: Map<string, string>): string[] {
  return columnsOf('orders').map((c) => map.get(c) ?? c)
}

function revive(e: { message: string; exitCode: number | null; code: string | null; details?: Record<string, unknown> }): Error {
  if (e.exitCode === null || e.code === null) return new Error(e.message)
  return new ForwardedError(e.message, e.exitCode, e.code, e.details)
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
    const source = await openImportSource({
      path: input.path,
      format: input.format,
      encoding: input.encoding,
      jsonColumns: jsonColumns(map),
    })
    checkOrderHeader(source, map)
    post({ t: 'header', name: source.name, format: source.format, encoding: source.encoding, header: source.header, size: source.size })
    for await (const chunk of orderStream(source, { map, today: input.today, keepRaw: input.keepRaw })) {
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
    const err = e as Error
    post({
      t: 'error',
      error: e instanceof OrderdeskError ? { message: err.message, exitCode: e.exitCode, code: e.code, details: e.details } : { message: err?.message ?? String(e), exitCode: null, code: null },
    })
  }
}

/** In the reader thread (dist/import-worker.cjs): runs the worker side. */
export function startImportWorker(): void {
  if (!isMainThread && (workerData as WorkerInput | undefined)?.tag === TAG) void runWorker(workerData as WorkerInput)
}
