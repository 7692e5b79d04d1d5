// `npm run demo`: walks demo orders through the procedure, as far as it is built, on a fresh
// temporary database, printing each command and what the clerk sees.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../bin/orderdesk', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'orderdesk-demo-'))
const db = join(dir, 'demo.db')
const tty = process.stdout.isTTY && !process.env.NO_COLOR
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s)
const dim = (s) => (tty ? `\x1b[2m${s}\x1b[0m` : s)
let failed = false

function say(text) {
  console.log(`\n${dim(`# ${text}`)}`)
}

/** Runs one orderdesk command as `user`; `expect` is the exit code the step should end with. */
function od(user, args, { expect = 0, capture = false } = {}) {
  console.log(bold(`$ ORDERDESK_USER=${user} orderdesk ${args.map((a) => (/[\s'"]/.test(a) ? `'${a}'` : a)).join(' ')}`))
  const r = spawnSync(process.execPath, [bin, ...args], {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, ORDERDESK_DB: db, ORDERDESK_USER: user, ORDERDESK_NO_INPUT: '1' },
  })
  if (capture) process.stdout.write(r.stdout)
  if (r.status !== expect) {
    console.error(`!! expected exit ${expect}, got ${r.status}`)
    failed = true
  } else if (expect !== 0) console.log(dim(`(exit ${r.status}, as expected: refused, nothing changed)`))
  return capture ? r.stdout.trim() : ''
}

try {
  say('A new desk: demo users of every role, customers, products and stock (Northwind).')
  od('li', ['init', '--demo'])

  say('1. Alfreds Futterkiste phones: 5 cases of Queso Cabrales and 10 of Chai, wanted in two weeks.')
  const a = od('li', ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=10', '--requested', '+14', '--source-ref', 'REC-0042'], { capture: true })
  say('2.1 Check stock: everything is on the shelf, so we can deliver at once.')
  od('li', ['stock', 'check', a])
  say('The customer accepts: sign the contract (30 % deposit); the stock is reserved.')
  od('li', ['contract', 'sign', a, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])

  say('2. Vins et alcools Chevalier faxes a rush order: 20 Alice Mutton (none in stock) and 4 Queso.')
  const b = od('chen', ['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-017=20', '--item', 'NW-011=4', '--channel', 'fax', '--source-ref', 'FAX-0815', '--rush', '--requested', '+30'], { capture: true })
  say('2.2 Not enough stock: without MC\'s date the check cannot finish...')
  od('chen', ['stock', 'check', b], { expect: 2 })
  say('2.2.1 ...MC can make it in three weeks: offer that date.')
  od('chen', ['stock', 'check', b, '--mc-date', 'NW-017=+21'])
  od('chen', ['contract', 'sign', b, '--payment-method', 'acceptance-bill', '--payment-due', '+10', '--deposit', '50'])

  say('2.2.2 Berglunds wants Chef Anton\'s Gumbo Mix, which is out of stock and discontinued: lost.')
  const c = od('li', ['inquiry', 'new', '--customer', 'BERGS', '--item', 'NW-005=12'], { capture: true })
  od('li', ['stock', 'check', c])

  say('The customer declines an offer: the inquiry ends as lost.')
  const d = od('li', ['inquiry', 'new', '--customer', 'ANTON', '--item', 'NW-002=3'], { capture: true })
  od('li', ['stock', 'check', d])
  od('li', ['inquiry', 'drop', d, '--reason', 'price too high'])

  say('A step out of order is refused, changes nothing, and says what to do instead.')
  od('li', ['contract', 'sign', c, '--payment-method', 'transfer', '--payment-due', '+7'], { expect: 4 })

  say('Where everything stands.')
  od('li', ['order', 'list'])
  od('li', ['order', 'list', '--needs-action'])
  od('li', ['order', 'show', b])
  od('li', ['stock', 'show', 'NW-001', 'NW-011', 'NW-017'])
  say(`Done. The demo database was ${db} (removed now); keep one with: orderdesk --db ./desk.db init --demo`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
