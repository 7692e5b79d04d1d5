import type { Command } from 'commander'
import type * as zm from 'zod/mini'
import { parseColumnMap, type ImportKind } from '../../../domain/import-columns.js'
import { ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { IMPORT_ENCODINGS, IMPORT_FORMATS, type ImportEncoding, type ImportFormat } from '../../../services/import/read-source.js'
import type { ImportInput } from '../../../services/import/run.js'
import { checkOutput } from '../../../services/output-files.js'
import { databasePath, deskFile, globals, withSession, type GlobalOptions, type Session } from '../../context.js'
import { flag, list, oneOf, str } from '../../flags.js'
import { collect, validateOptions } from '../../parse.js'

/** The options every `import` subcommand has (their words: src/messages/en/help/import.ts). */
export const importFlags = {
  format: oneOf(IMPORT_FORMATS),
  encoding: oneOf(IMPORT_ENCODINGS),
  map: list(),
  dryRun: flag(),
  strict: flag(),
  errors: str(),
  batchSize: str(),
}

/** The validated options of every subcommand, and the file (`-`: stdin). */
export interface ImportOptions {
  file: string
  format?: ImportFormat
  encoding?: ImportEncoding
  map: string[]
  dryRun: boolean
  strict: boolean
  errors?: string
  /** As typed: checked (a whole number from 1 to 100000) with the other arguments. */
  batchSize?: string
}

/** Adds the common options to a subcommand, before its own. */
export function withImportFlags(c: Command): Command {
  return c
    .option('--format <format>')
    .option('--encoding <enc>')
    .option('--map <target=source,...>', '', collect)
    .option('--dry-run')
    .option('--strict')
    .option('--errors <file>')
    .option('--batch-size <n>')
}

/** What the import service takes of the options, every one checked. */
type ImportArguments = Omit<ImportInput, 'onProgress'>

/**
 * Checks every argument (exit 2) — the column map, the batch size, the --errors file: never
 * the input, the desk (`desk`) or another database, an existing file only with --yes.
 */
function checkedArguments(kind: ImportKind, opts: ImportOptions, g: { desk: string; yes: boolean }): ImportArguments {
  const map = parseColumnMap(opts.map, kind)
  const encoding: ImportEncoding = opts.encoding ?? 'utf8'
  const batchSize = opts.batchSize === undefined ? undefined : batchSizeOf(opts.batchSize)
  const errors =
    opts.errors === undefined
      ? null
      : checkOutput(opts.errors, { field: '--errors', label: msg('import.errorsFileLabel', {}), desk: deskFile(g.desk), inputs: [opts.file], existing: 'ask', yes: g.yes })
  return { path: opts.file, format: opts.format, encoding, map, dryRun: opts.dryRun, strict: opts.strict, errors, batchSize }
}

/** `--batch-size <n>`: a whole number from 1 to 100000. */
function batchSizeOf(text: string): number {
  const size = /^\d{1,9}$/.test(text) ? Number(text) : 0
  if (size < 1 || size > 100_000) throw new ValidationError('--batch-size', text, msg('import.batchSize', {}))
  return size
}

/** The arguments of a run in a session (its desk, its --yes). */
export function sessionArguments(kind: ImportKind, opts: ImportOptions, s: Session): ImportArguments {
  return checkedArguments(kind, opts, { desk: s.store.path, yes: Boolean(s.opts.yes) })
}

/**
 * The commander action of an import subcommand: every argument is checked before the desk is
 * opened (a bad one writes nothing, exit 2), and a dry run opens the desk only to read.
 */
export function importAction<O extends ImportOptions>(kind: ImportKind, schema: zm.ZodMiniType, run: (opts: O, s: Session) => Promise<void>) {
  return async (file: string, raw: unknown, cmd: Command): Promise<void> => {
    const opts = { ...(validateOptions(schema, raw) as object), file } as O
    const g: GlobalOptions = globals(cmd)
    checkedArguments(kind, opts, { desk: databasePath(g), yes: Boolean(g.yes) })
    await withSession(cmd, (s) => run(opts, s), { access: opts.dryRun ? 'read' : 'write' })
  }
}
