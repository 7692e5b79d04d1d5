import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { addAttachment } from '../../../services/add-attachment.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { str, z } from '../../flags.js'
import { orderResult, reloadOrder } from '../../order-result.js'

// --name is checked by the attachment-name rule in the use case (no trimming: it is a file name)
export const schema = z.object({ name: str() })
export type Options = Infer<typeof schema> & { order: string; file: string }

/** `attach <order> <file> [--name]`: keeps a file with the order (the group's own action; `attach get` is its subcommand). */
export function register(attach: Command): void {
  attach.argument('<order>').argument('<file>').option('--name <name>').action(action(schema, run))
}

/** Reads the file and keeps it with the order; with --json, the attachment and the order. */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  const r = await addAttachment(ctx, { number: opts.order, path: opts.file, name: opts.name })
  const agg = await reloadOrder(s, r.order)
  const { order: _order, ...attachment } = r
  s.out.result(await orderResult(s, agg, { attachment }), () => '')
  s.out.done(tr('paper.attached', { n: r.n, name: r.name, bytes: r.bytes, sha256: r.sha256, order: r.order }))
}
