import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'
import { importAction, importFlags, withImportFlags } from './arguments.js'
import { runMasterImport } from './master-data.js'

export const schema = z.object(importFlags)
export type Options = Infer<typeof schema> & { file: string }

/** `import customers <file|->`: customers by code, new ones added, known ones updated. */
export function register(imp: Command): void {
  described(withImportFlags(imp.command('customers <file>')), 'import customers').action(importAction('customers', schema, run))
}

export async function run(opts: Options, s: Session): Promise<void> {
  await runMasterImport('customers', opts, s)
}
