import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { verifyAudit } from '../../../services/verify-audit.js'
import { auditJson, auditText } from '../../../render/audit-report.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { str, z } from '../../flags.js'
import { described } from '../../help.js'
import { brokenTrail } from './broken-trail.js'

export const schema = z.object({ knownHead: str(), against: str() })
export type Options = Infer<typeof schema>

/** `audit verify [--known-head <hash>] [--against <file>]`. */
export function register(audit: Command): void {
  const cmd = audit.command('verify').option('--known-head <hash>').option('--against <file>')
  described(cmd, 'audit verify').action(action(schema, run, { access: 'read' }))
}

/** Walks the audit trail's hash chain and the desk's rows against it; exit 4 at the first event edited, deleted or inserted. */
export async function run(opts: Options, s: Session): Promise<void> {
  const knownHead = opts.knownHead?.trim().toLowerCase()
  if (knownHead !== undefined && !/^[0-9a-f]{64}$/.test(knownHead)) {
    throw new ValidationError('--known-head', opts.knownHead, msg('audit.knownHeadRule', {}))
  }
  const r = await verifyAudit(s.store.db, { knownHead, againstFile: opts.against })
  s.out.result(auditJson(r), () => auditText(r))
  const broken = brokenTrail(r)
  if (broken) throw broken
  if (r.knownHead) s.out.note(tr('audit.knownHeadFound', { id: r.knownHead.id! }))
  if (r.against) s.out.note(tr('audit.againstFound', { source: r.against.source, id: r.against.id }))
  s.out.done(tr('audit.intact', { verified: r.verified }))
}
