import type { MasterKind } from '../../../domain/import-summary.js'
import { importMasterData } from '../../../services/import/master-data.js'
import { serviceContext, type Session } from '../../context.js'
import { sessionArguments, type ImportOptions } from './arguments.js'
import { progressBar } from './progress.js'
import { report } from './report.js'

/** `import customers|products|stock`: the run they share (stock: `receive` for goods received). */
export async function runMasterImport(kind: MasterKind, opts: ImportOptions & { receive?: boolean }, s: Session): Promise<void> {
  const args = sessionArguments(kind, opts, s)
  const ctx = await serviceContext(s)
  const progress = progressBar(s)
  try {
    const r = await importMasterData(ctx, { ...args, kind, receive: opts.receive, onProgress: progress.update })
    progress.clear()
    report(s, r, opts.errors)
  } finally {
    progress.clear()
  }
}
