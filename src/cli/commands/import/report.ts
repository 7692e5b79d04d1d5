import { EnvironmentError } from '../../../domain/errors.js'
import { ImportRejectedError } from '../../../domain/import-outcome.js'
import type { ImportSummary } from '../../../domain/import-summary.js'
import { msg } from '../../../domain/message.js'
import {
  doneWords,
  errorRowsWords,
  fileErrorJson,
  interruptedWords,
  problemsOf,
  stillRunningWords,
  stoppedWords,
  summaryJson,
  summaryText,
  writtenOf,
} from '../../../render/import-summary.js'
import { tr } from '../../../messages/index.js'
import type { Session } from '../../context.js'

/**
 * What an import run says when it is over, for every kind: the earlier runs it found (stderr),
 * the summary (stdout), then the messages on stderr and the exit code — 0 when nothing was
 * rejected, 2 when something was, 6 when the environment stopped the run.
 */
export function report(s: Session, r: ImportSummary, errorsPath: string | undefined): void {
  earlierRuns(s, r)
  s.out.result(summaryJson(r), () => summaryText(r))
  finish(s, r, errorsPath)
}

/** Earlier runs this one found left running (stderr): the ones it finished, and the ones still running elsewhere. */
function earlierRuns(s: Session, r: ImportSummary): void {
  for (const b of r.interrupted) s.out.warn(interruptedWords(b, r.dryRun))
  for (const b of r.stillRunning) s.out.warn(stillRunningWords(b))
}

function finish(s: Session, r: ImportSummary, errorsPath: string | undefined): void {
  const bad = r.rejected.count + r.conflicts.count > 0 || r.fileError !== null
  if (r.errorRows > 0) s.out.note(errorRowsWords(r.errorRows, errorsPath ?? ''))
  if (r.stopped) {
    const database = s.store.path
    throw new EnvironmentError(stoppedWords(r, database), r.stopped.code, { database, batch: r.batch, committed: r.committed, batchFinished: r.stopped.batchFinished })
  }
  const problems = problemsOf(r)
  if (r.dryRun) {
    s.out.note(tr('import.dryRunNote', { problems: bad ? problems : null }))
    if (bad) throw new ImportRejectedError(msg('import.dryRunProblems', { problems }), details(r))
    return
  }
  if (!r.committed) throw new ImportRejectedError(msg('import.strictNothing', { problems }), details(r))
  if (bad) throw new ImportRejectedError(msg('import.someRefused', { problems, written: writtenOf(r) }), details(r))
  s.out.done(doneWords(r))
  if (r.kind === 'orders' && r.written.ordersImported > 0) s.out.next(r.stockCheck ? 'orderdesk order list --status offered' : 'orderdesk order list --needs-action')
}

function details(r: ImportSummary) {
  return { rejected: r.rejected.count, conflicts: r.conflicts.count, fileError: fileErrorJson(r.fileError), committed: r.committed }
}
