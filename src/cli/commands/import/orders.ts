import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { importOrders } from '../../../services/import/orders.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, z } from '../../flags.js'
import { described } from '../../help.js'
import { importAction, importFlags, sessionArguments, withImportFlags } from './arguments.js'
import { progressBar } from './progress.js'
import { report } from './report.js'

export const schema = z.object({ ...importFlags, createCustomers: flag(), checkStock: flag() })
export type Options = Infer<typeof schema> & { file: string }

/** `import orders <file|->`: phone orders become inquiries (SPEC §6). */
export function register(imp: Command): void {
  const cmd = withImportFlags(imp.command('orders <file>')).option('--create-customers').option('--check-stock')
  described(cmd, 'import orders').action(importAction('orders', schema, run))
}

export async function run(opts: Options, s: Session): Promise<void> {
  const args = sessionArguments('orders', opts, s)
  const ctx = await serviceContext(s)
  const progress = progressBar(s)
  try {
    const r = await importOrders(ctx, { ...args, createCustomers: opts.createCustomers, checkStock: opts.checkStock, onProgress: progress.update })
    progress.clear()
    report(s, r, opts.errors)
  } finally {
    progress.clear()
  }
}
