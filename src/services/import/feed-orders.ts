import { stat } from 'node:fs/promises'
import { assembleOrders, checkOrderHeader, orderJsonColumns, type AssembledOrder, type OrderFileOptions } from './assemble-orders.js'
import { feedOf, type Feed } from './feed.js'
import { openWorkerFeed } from './feed-worker.js'
import { openImportSource } from './read-source.js'

/** Files from this size on are read in a worker (below it, starting one costs more than it saves). */
const WORKER_FROM_BYTES = 1 << 20

async function useWorker(opts: OrderFileOptions): Promise<boolean> {
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

/**
 * Where `import orders` reads and validates its file: in a worker thread for big files and for
 * stdin, so that parsing and validation run beside the database writes (two cores), else in
 * the command's own thread. ORDERDESK_IMPORT_WORKER=0|1 forces the choice.
 */
export async function openOrderFeed(opts: OrderFileOptions): Promise<Feed<AssembledOrder>> {
  if (await useWorker(opts)) return openWorkerFeed(opts)
  const source = await openImportSource({ path: opts.path, format: opts.format, encoding: opts.encoding, jsonColumns: orderJsonColumns(opts.map) })
  checkOrderHeader(source, opts.map)
  return feedOf(source, assembleOrders(source, opts), false)
}

