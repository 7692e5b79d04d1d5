import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { countUsers } from '../../../read/users.js'
import { deskReadyText } from '../../../render/desk-ready.js'
import { action } from '../../action.js'
import { actorName, type Session } from '../../context.js'
import { flag, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({ demo: flag() })
export type Options = Infer<typeof schema>

/** `orderdesk init [--demo]`: create (or upgrade) the database; optionally load demo data. */
export function register(program: Command): void {
  const cmd = program.command('init').option('--demo')
  described(cmd, 'init').action(action(schema, run, { anyUser: true, access: 'init' }))
}

/** Creates the desk or brings its schema up to date (the session did that); `--demo` fills it. */
export async function run(opts: Options, s: Session): Promise<void> {
  let demo = null
  if (opts.demo) {
    const { loadDemoData } = await import('../../../services/load-demo-data.js')
    demo = await loadDemoData(s.store.db, { actor: actorName(s.opts), today: s.today, now: s.now })
  }
  const users = await countUsers(s.store.db)
  s.out.result({ database: s.store.path, demo, users }, () => deskReadyText(s.store.path, demo, users))
}
