import type { Command } from 'commander'
import { countUsers } from '../../read/users.js'
import { actorName, withSession } from '../context.js'

/** `orderdesk init [--demo]`: create (or upgrade) the database; optionally load demo data. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create the database (or bring its schema up to date)')
    .option('--demo', 'add demo users of every role, customers, products and stock')
    .action(async (opts: { demo?: boolean }, cmd: Command) =>
      withSession(cmd, async (s) => {
        let demo = null
        if (opts.demo) {
          const { loadDemoData } = await import('../../services/load-demo-data.js')
          demo = await loadDemoData(s.store.db, { actor: actorName(s.opts), today: s.today, now: s.now })
        }
        const users = await countUsers(s.store.db)
        s.out.result({ database: s.store.path, demo, users }, () => {
          const lines = [`database ready: ${s.store.path}`]
          if (demo) {
            lines.push(
              `demo data: ${demo.users} users, ${demo.customers} customers, ${demo.products} products (${demo.stockedProducts} in stock)`,
              'users: li, chen (clerk) · wang (manager, PIN 123456) · zhao, sun (mc) · zhou (logistics) · wu (finance)',
              'try:   ORDERDESK_USER=li orderdesk inquiry new --customer ALFKI --item NW-011=5',
            )
          } else if (users === 0) {
            lines.push('no users yet: add the first with `orderdesk user add <name> --role manager --pin` (a manager with a PIN)')
          }
          return lines.join('\n')
        })
      }, { anyUser: true, access: 'init' }),
    )
}
