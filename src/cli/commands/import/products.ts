import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'
import { importAction, importFlags, withImportFlags } from './arguments.js'
import { runMasterImport } from './master-data.js'

export const schema = z.object(importFlags)
export type Options = Infer<typeof schema> & { file: string }

/** `import products <file|->`: products by sku, new ones added, known ones updated. */
export function register(imp: Command): void {
  described(withImportFlags(imp.command('products <file>')), 'import products').action(importAction('products', schema, run))
}

export async function run(opts: Options, s: Session): Promise<void> {
  await runMasterImport('products', opts, s)
}
