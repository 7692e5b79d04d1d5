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

/** The business date `days` after today (ORDERDESK_TODAY or the clock), for back-dated steps. */
function addDays(days) {
  const base = process.env.ORDERDESK_TODAY ? new Date(`${process.env.ORDERDESK_TODAY}T00:00:00Z`) : new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()))
  return new Date(base.getTime() + days * 86400000).toISOString().slice(0, 10)
}

function say(text) {
  console.log(`\n${dim(`# ${text}`)}`)
}

/** Runs one orderdesk command as `user`; `expect` is the exit code the step should end with. */
function od(user, args, { expect = 0, capture = false, env = {} } = {}) {
  const envText = Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')
  console.log(bold(`$ ${envText}ORDERDESK_USER=${user} orderdesk ${args.map((a) => (/[\s'"]/.test(a) ? `'${a}'` : a)).join(' ')}`))
  const r = spawnSync(process.execPath, [bin, ...args], {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, ORDERDESK_DB: db, ORDERDESK_USER: user, ORDERDESK_NO_INPUT: '1', ...env },
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
  od('wang', ['settings', 'set', 'company.name', '上海北风贸易有限公司 Northwind Trading (Shanghai) Co., Ltd.'], { env: { ORDERDESK_PIN: '123456' } })

  say('1. Alfreds Futterkiste phones: 5 cases of Queso Cabrales and 10 of Chai, wanted in two weeks.')
  const a = od('li', ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=10', '--requested', '+14', '--source-ref', 'REC-0042'], { capture: true })
  say('2.1 Check stock: everything is on the shelf, so we can deliver at once.')
  od('li', ['stock', 'check', a])
  say('The customer accepts: sign the contract (30 % deposit); the stock is reserved.')
  od('li', ['contract', 'sign', a, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])

  say('The sales manager wants to see every quotation above 500.00 before it goes out.')
  od('wang', ['settings', 'set', 'quote.approvalAbove', '500'], { env: { ORDERDESK_PIN: '123456' } })

  say('2. Vins et alcools Chevalier faxes a rush order: 20 Alice Mutton (none in stock) and 4 Queso.')
  const b = od('chen', ['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-017=20', '--item', 'NW-011=4', '--channel', 'fax', '--source-ref', 'FAX-0815', '--rush', '--requested', '+30'], { capture: true })
  say('2.2 Not enough stock: without MC\'s date the check cannot finish...')
  od('chen', ['stock', 'check', b], { expect: 2 })
  say('2.2.1 ...MC can make it in three weeks: offer that date.')
  od('chen', ['stock', 'check', b, '--mc-date', 'NW-017=+21'])
  say('The offer is above 500.00: the contract waits for the manager\'s approval (PIN).')
  od('chen', ['contract', 'sign', b, '--payment-method', 'acceptance-bill', '--payment-due', '+10', '--deposit', '50'], { expect: 4 })
  od('wang', ['quote', 'approve', b], { env: { ORDERDESK_PIN: '123456' } })
  od('chen', ['contract', 'sign', b, '--payment-method', 'acceptance-bill', '--payment-due', '+10', '--deposit', '50'])

  say('3. The deposits arrive; the manager signs the sales orders.')
  od('wu', ['payment', 'record', a, '--amount', '85.50', '--method', 'transfer', '--ref', 'ICBC-771'])
  od('wang', ['order', 'confirm', a], { env: { ORDERDESK_PIN: '123456' } })
  od('wu', ['payment', 'record', b, '--amount', '300', '--ref', 'BOC-1200'])
  say('Not enough deposit yet: the sales order is refused, and says what is missing.')
  od('wang', ['order', 'confirm', b], { env: { ORDERDESK_PIN: '123456' }, expect: 4 })
  od('wu', ['payment', 'record', b, '--amount', '132', '--ref', 'BOC-1201'])
  od('wang', ['order', 'confirm', b], { env: { ORDERDESK_PIN: '123456' } })
  say('Material control sees its queue (rush first), accepts with a committed date, reports progress and completion.')
  od('sun', ['production', 'list'])
  const mo = `${b}-MO1`
  od('sun', ['production', 'accept', mo, '--date', '+18'])
  od('sun', ['production', 'progress', mo, '--percent', '60', '--note', 'curing'])
  say('12 done, 2 of them fail quality control and stay open for rework; then the rest.')
  od('sun', ['production', 'done', mo, '--qty', '12', '--rejected', '2'])
  od('sun', ['production', 'done', mo])
  od('chen', ['production', 'rate', mo, '--score', '5', '--comment', 'on time'])

  say('5. Ship. Alfreds has paid only the deposit: shipping is refused until it pays in full...')
  od('li', ['ship', a, '--date', '+2'], { expect: 4 })
  say('...but the manager lets the Queso go ahead of payment (audited), as a partial shipment.')
  od('wang', ['ship', a, '--date', '+2', '--item', 'NW-011=5', '--carrier', 'SF Express', '--allow-unpaid', '--reason', 'long-standing customer'], { env: { ORDERDESK_PIN: '123456' } })
  od('zhou', ['ship', 'send', a, '--tracking', 'SF1234567'])
  od('wu', ['payment', 'record', a, '--amount', '199.50', '--ref', 'ICBC-802'])
  od('li', ['ship', a, '--date', '+3'])
  od('zhou', ['ship', 'send', a])
  od('zhou', ['ship', 'deliver', a])
  od('zhou', ['ship', 'deliver', a], { env: { ORDERDESK_TODAY: addDays(3) } })
  say('Settlement and after-sales: invoice, satisfaction survey, a complaint opened and resolved.')
  const later = { env: { ORDERDESK_TODAY: addDays(3) } }
  od('wu', ['invoice', 'issue', a, '--number', 'INV-2026-0815'], later)
  od('li', ['feedback', 'add', a, '--rating', '4', '--comment', 'second delivery late'], later)
  od('li', ['complaint', 'open', a, '--text', 'one case of Chai dented'], later)
  od('li', ['complaint', 'resolve', '1', '--resolution', 'credit note CN-0042'], later)
  od('li', ['order', 'show', a], later)

  say('4. Customer changes. Around the Horn orders 6 Alice Mutton (made to order)...')
  const e = od('li', ['inquiry', 'new', '--customer', 'AROUT', '--item', 'NW-017=6', '--item', 'NW-011=2', '--source-ref', 'REC-0107'], { capture: true })
  od('li', ['stock', 'check', e, '--mc-date', 'NW-017=+20'])
  od('li', ['contract', 'sign', e, '--payment-method', 'transfer', '--payment-due', '+5', '--deposit', '0'])
  od('wang', ['order', 'confirm', e], { env: { ORDERDESK_PIN: '123456' } })
  od('sun', ['production', 'accept', `${e}-MO1`, '--date', '+18'])
  say('4.1 ...then phones for 2 more Queso: stock absorbs it; the customer confirms.')
  od('li', ['change', 'request', e, '--item', 'NW-011=4', '--source-ref', 'REC-0131'])
  od('li', ['change', 'confirm', `${e}-CR1`, '--customer', 'accept'])
  say('4.2 ...then faxes for 10 Alice Mutton instead of 6: production must change, the plan change form goes to MC.')
  od('li', ['change', 'request', e, '--item', 'NW-017=10', '--channel', 'fax', '--source-ref', 'FAX-2231'])
  od('sun', ['change', 'decide', `${e}-CR2`, '--mc', 'agree', '--date', '+25'])
  od('li', ['change', 'confirm', `${e}-CR2`, '--customer', 'accept'])
  od('li', ['change', 'list', '--order', e])
  od('li', ['production', 'list'])

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
  od('li', ['production', 'list', '--status', 'all'])
  say('Paper: the signed contract, as it prints (also --format html, --out file).')
  od('li', ['print', 'contract', a])
  say('The nightly status report cron mails the managers (text here; .html/.md/.json/.csv with --out).')
  od('wang', ['report', 'status', '--limit', '3'])
  say('The audit trail is hash-chained: verify it.')
  od('li', ['audit', 'verify'])
  say(`Done. The demo database was ${db} (removed now); keep one with: orderdesk --db ./desk.db init --demo`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
