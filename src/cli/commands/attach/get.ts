import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { RefusedError, ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { attachmentContent } from '../../../read/attachments.js'
import { checkOutput, writeFileAtomic, type OutputTarget } from '../../../services/output-files.js'
import { databasePath, deskFile, globals, withSession, type Session } from '../../context.js'
import { flag, str, z } from '../../flags.js'
import { described } from '../../help.js'
import { validateOptions } from '../../parse.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({ out: str(), force: flag() })
export type Flags = Infer<typeof schema> & { order: string; n: string }

/** `attach get <order> <n> [--out <file>] [--force]`: an attachment's bytes, as they were kept. Reads only. */
export function register(attach: Command): void {
  const cmd = attach.command('get <order> <n>').option('--out <file>').option('--force')
  described(cmd, 'attach get').action(async (order: string, n: string, raw: unknown, c: Command) => {
    const flags = { ...validateOptions(schema, raw), order, n }
    const number = attachmentNumber(n)
    const desk = deskFile(databasePath(globals(c)))
    // --out is checked before the desk is opened: a refused one opens nothing
    const out = flags.out === undefined ? null : outTarget(flags.out, desk, flags.force)
    await withSession(c, (s) => run({ order, n: number, out, force: flags.force, desk }, s), { access: 'read' })
  })
}

export interface Options {
  order: string
  n: number
  /** Where to write (checked), or null: stdout, or a prompt on a terminal. */
  out: OutputTarget | null
  force: boolean
  desk: string | null
}

/** `<n>`: a whole number of 1 or more (`#2` as order show prints it is taken too). */
export function attachmentNumber(n: string): number {
  const s = n.trim().replace(/^#/, '')
  if (!/^\d{1,9}$/.test(s) || Number(s) < 1) throw new ValidationError('n', n, msg('paper.attachmentNumber', {}))
  return Number(s)
}

/** The checked --out: never the desk or a database; an existing file only with --force (exit 4 otherwise). */
function outTarget(given: string, desk: string | null, force: boolean): OutputTarget {
  try {
    return checkOutput(given, { field: '--out', label: msg('paper.outLabel', {}), desk, existing: 'ask', yes: force, makeFolders: true })
  } catch (e) {
    if (e instanceof RefusedError && e.code === 'exists') throw new RefusedError(msg('paper.outExists', { file: given }), 'exists', { file: given })
    throw e
  }
}

/**
 * Writes the attachment to --out, or to stdout when that is not a terminal (a pipe, a file);
 * on a terminal without --out the file is asked for (its name offered), never bytes on the screen.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const a = await attachmentContent(s.store.db, opts.order, opts.n)
  let out = opts.out
  if (!out && s.out.stdout.isTTY) {
    requireFlags(s.interactive, ['--out'])
    const given = await s.prompt.input(tr('paper.askOut'), { default: a.row.name })
    out = outTarget(given, opts.desk, opts.force)
  }
  const meta = { order: a.order, n: a.row.n, name: a.row.name, bytes: a.row.bytes, sha256: a.row.sha256, addedBy: a.row.added_by, addedAt: a.row.added_at }
  if (!out) {
    // the bytes are the output; --json has nothing to add to them
    ;(s.out.stdout as unknown as { write(b: Uint8Array): unknown }).write(a.content)
    return
  }
  writeFileAtomic(out, a.content)
  s.out.result({ attachment: meta, out: resolve(out.given) }, () => '')
  s.out.done(tr('paper.written', { order: a.order, n: a.row.n, name: a.row.name, file: out.given, bytes: a.row.bytes }))
}
