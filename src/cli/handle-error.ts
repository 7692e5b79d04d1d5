import { BusyError, CancelledError, OrderdeskError, UsageError } from '../domain/errors.js'
import { environmentError, isBusy } from '../services/desk.js'
import { msg } from '../domain/message.js'
import { visible } from '../domain/text-rules.js'
import { installWords, tr } from '../messages/index.js'

/**
 * The one top-level error handler: typed errors become one line on stderr (or a JSON
 * object with `--json`) and their SPEC §5 exit code; what the environment refuses (a full
 * disk, a read-only or unreadable file, a lost server: store/environment.ts) is exit 6;
 * anything else is an internal error (exit 1: a bug) with the stack only when ORDERDESK_DEBUG
 * is set.
 */
export function handleError(err: unknown, opts: { json: boolean }): number {
  installWords()
  let e: unknown = err
  if (isBusy(e)) e = new BusyError()
  else if (!(e instanceof OrderdeskError)) e = environmentError(e) ?? e
  if ((e as Error)?.name === 'ExitPromptError' || (e as Error)?.name === 'AbortPromptError') e = new CancelledError()
  if ((e as { code?: string })?.code?.startsWith?.('commander.')) {
    const ce = e as { code: string; message: string; exitCode: number }
    if (ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version' || ce.code === 'commander.help') return 0
    e = new UsageError(msg('program.usage', { code: ce.code, text: ce.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ') }))
  }
  if (e instanceof OrderdeskError) {
    write(opts.json, e.code, e.message, e.details)
    return e.exitCode
  }
  const text = e instanceof Error ? e.message : String(e)
  write(opts.json, 'internal', tr('common.internalError', { text }))
  if (process.env.ORDERDESK_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`)
  return 1
}

function write(json: boolean, code: string, message: string, details?: Record<string, unknown>): void {
  if (json) process.stderr.write(`${JSON.stringify({ error: { code, message, ...(details ? { details } : {}) } })}\n`)
  // the message may name a value from a file, a flag or the desk: its control characters as escapes
  else process.stderr.write(`orderdesk: ${visible(message)}\n`)
}
