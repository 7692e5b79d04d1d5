import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { tr } from '../../../messages/index.js'
import { resolveComplaint } from '../../../services/resolve-complaint.js'
import { action } from '../../action.js'
import { askFor } from '../../ask-for.js'
import { serviceContext, type Session } from '../../context.js'
import { note, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({ resolution: note(1000) })
export type Options = Infer<typeof schema> & { id: string }

/** `complaint resolve <id> --resolution`. */
export function register(complaint: Command): void {
  const cmd = complaint.command('resolve <id>').option('--resolution <t>')
  described(cmd, 'complaint resolve').action(action(schema, run))
}

/** Closes a complaint with what was done about it. */
export async function run(opts: Options, s: Session): Promise<void> {
  if (!/^\d+$/.test(opts.id) || !Number.isSafeInteger(Number(opts.id))) throw new ValidationError('id', opts.id, msg('aftersales.idRule', {}))
  const ctx = await serviceContext(s)
  const resolution = opts.resolution || (await askFor(s, '--resolution', tr('aftersales.askResolution')))
  const r = await resolveComplaint(ctx, { id: Number(opts.id), resolution })
  s.out.result({ id: Number(opts.id), order: r.order, status: 'resolved', resolution }, () => '')
  s.out.done(tr('aftersales.resolved', { id: Number(opts.id), order: r.order }))
}
