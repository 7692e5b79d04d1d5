import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import type { Session } from '../../context.js'
import { flag, z } from '../../flags.js'
import { described } from '../../help.js'
import { importAction, importFlags, withImportFlags } from './arguments.js'
import { runMasterImport } from './master-data.js'

export const schema = z.object({ ...importFlags, receive: flag() })
export type Options = Infer<typeof schema> & { file: string }

/** `import stock <file|->`: a stock take (or, with --receive, goods received). */
export function register(imp: Command): void {
  described(withImportFlags(imp.command('stock <file>')).option('--receive'), 'import stock').action(importAction('stock', schema, run))
}

export async function run(opts: Options, s: Session): Promise<void> {
  await runMasterImport('stock', opts, s)
}
