// `npm run demo`: walks demo orders through the procedure, as far as it is built, on a fresh
// temporary database, printing each command and what the clerk sees.
// `npm run demo -- --lang zh-CN`: the same walk on the Chinese demo desk (a wood-products
// company), in Chinese.
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
const lang = langArg(process.argv.slice(2))

/** `--lang zh-CN` or `--lang=zh-CN` (else English). */
function langArg(args) {
  const i = args.indexOf('--lang')
  const v = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--lang='))?.slice(7)
  if (v === undefined || v === 'en') return 'en'
  if (v === 'zh-CN') return 'zh-CN'
  console.error(`npm run demo: --lang must be zh-CN or en, not ${JSON.stringify(v)}`)
  process.exit(2)
}

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
    env: { ...process.env, ORDERDESK_DB: db, ORDERDESK_USER: user, ORDERDESK_NO_INPUT: '1', ORDERDESK_LANG: lang, ...env },
  })
  if (capture) process.stdout.write(r.stdout)
  if (r.status !== expect) {
    console.error(`!! expected exit ${expect}, got ${r.status}`)
    failed = true
  } else if (expect !== 0) console.log(dim(`(exit ${r.status}, as expected: refused, nothing changed)`))
  return capture ? r.stdout.trim() : ''
}

/**
 * The walk in each language: what the narrator says and the desk's own data (customers,
 * products, amounts that match its prices). The steps are the same; the numbers in the
 * headings are the steps of the company's procedure (业务部接单流程).
 */
const WALKS = {
  en: {
    intro: 'A new desk: demo users of every role, customers, products and stock (Northwind).',
    company: ['company.name', '上海北风贸易有限公司 Northwind Trading (Shanghai) Co., Ltd.'],
    a: { say: '1. Alfreds Futterkiste phones: 5 cases of Queso Cabrales and 10 of Chai, wanted in two weeks.', customer: 'ALFKI', items: ['NW-011=5', 'NW-001=10'], ref: 'REC-0042' },
    inStock: '2.1 Check stock: everything is on the shelf, so we can deliver at once.',
    signA: 'The customer accepts: sign the contract (30 % deposit); the stock is reserved.',
    approval: ['The sales manager wants to see every quotation above 500.00 before it goes out.', '500'],
    b: { say: '2. Vins et alcools Chevalier faxes a rush order: 20 Alice Mutton (none in stock) and 4 Queso.', customer: 'VINET', items: ['NW-017=20', 'NW-011=4'], ref: 'FAX-0815', made: 'NW-017' },
    short: '2.2 Not enough stock: without MC\'s date the check cannot finish...',
    mcDate: '2.2.1 ...MC can make it in three weeks: offer that date.',
    needsApproval: 'The offer is above 500.00: the contract waits for the manager\'s approval (PIN).',
    deposits: '3. The deposits arrive; the manager signs the sales orders.',
    payA: ['85.50', 'ICBC-771'],
    payB: [['300', 'BOC-1200'], ['132', 'BOC-1201']],
    notEnough: 'Not enough deposit yet: the sales order is refused, and says what is missing.',
    mc: 'Material control sees its queue (rush first), accepts with a committed date, reports progress and completion.',
    progressNote: 'curing',
    qc: '12 done, 2 of them fail quality control and stay open for rework; then the rest.',
    rateComment: 'on time',
    ship: '5. Ship. Alfreds has paid only the deposit: shipping is refused until it pays in full...',
    allow: ['...but the manager lets the Queso go ahead of payment (audited), as a partial shipment.', 'NW-011=5', 'SF Express', 'long-standing customer', 'SF1234567'],
    payRest: ['199.50', 'ICBC-802'],
    after: 'Settlement and after-sales: invoice, satisfaction survey, a complaint opened and resolved.',
    invoice: 'INV-2026-0815',
    feedback: 'second delivery late',
    complaint: ['one case of Chai dented', 'credit note CN-0042'],
    e: { say: '4. Customer changes. Around the Horn orders 6 Alice Mutton (made to order)...', customer: 'AROUT', items: ['NW-017=6', 'NW-011=2'], ref: 'REC-0107', made: 'NW-017' },
    absorb: ['4.1 ...then phones for 2 more Queso: stock absorbs it; the customer confirms.', 'NW-011=4', 'REC-0131'],
    replan: ['4.2 ...then faxes for 10 Alice Mutton instead of 6: production must change, the plan change form goes to MC.', 'NW-017=10', 'FAX-2231'],
    c: { say: '2.2.2 Berglunds wants Chef Anton\'s Gumbo Mix, which is out of stock and discontinued: lost.', customer: 'BERGS', items: ['NW-005=12'] },
    d: { say: 'The customer declines an offer: the inquiry ends as lost.', customer: 'ANTON', items: ['NW-002=3'], reason: 'price too high' },
    outOfOrder: 'A step out of order is refused, changes nothing, and says what to do instead.',
    standing: 'Where everything stands.',
    stock: ['NW-001', 'NW-011', 'NW-017'],
    paper: 'Paper: the signed contract, as it prints (also --format html, --out file).',
    report: 'The nightly status report cron mails the managers (text here; .html/.md/.json/.csv with --out).',
    audit: 'The audit trail is hash-chained: verify it.',
    done: (db) => `Done. The demo database was ${db} (removed now); keep one with: orderdesk --db ./desk.db init --demo`,
  },
  'zh-CN': {
    intro: '新建工作台：各角色的演示用户、客户、产品和库存（一家木业公司）。',
    company: null,
    a: { say: '1. 苏州华阳家具来电订货：杨木胶合板 18mm 50 张、实木踢脚线 60mm 100 米，两周内要货。', customer: 'JSHY', items: ['JHB-18=50', 'XT-TJ60=100'], ref: '录音-0042' },
    inStock: '2.1 库存查询：货都有现货，可以马上交货。',
    signA: '客户同意：签订销售合同（定金 30%），库存随即预留。',
    approval: ['业务部经理要求：报价超过 ¥50,000.00 的，发给客户之前先经他审批。', '50000'],
    b: { say: '2. 上海锦茂木门传真插单：胡桃木实木门 20 樘（无库存）、阴角线 20 米。', customer: 'SHJM', items: ['MM-HT03=20', 'XT-JX=20'], ref: '传真-0815', made: 'MM-HT03' },
    short: '2.2 库存不够：没有物控的交期，库存查询无法完成……',
    mcDate: '2.2.1 ……物控确认三周可以做完：按这个交期报给客户。',
    needsApproval: '报价超过 ¥50,000.00：合同要等经理审批（输入 PIN）。',
    deposits: '3. 定金到账，经理签字，销售订单生效。',
    payA: ['2475', '工行-771'],
    payB: [['20000', '中行-1200'], ['6920', '中行-1201']],
    notEnough: '定金还不够：销售订单被拒绝，并说明还差多少。',
    mc: '物控查看待办（插单在前），接单并承诺交期，报告生产进度和完工入库。',
    progressNote: '油漆晾干中',
    qc: '完工 12 樘，其中 2 樘质检不合格，留待返工；然后完成其余的。',
    rateComment: '按时完成',
    ship: '5. 发货。华阳家具只付了定金：货款付清之前不能发货……',
    allow: ['……但经理准许踢脚线先发（记入审计记录），分批发货。', 'XT-TJ60=100', '德邦物流', '老客户', 'DB1234567'],
    payRest: ['5775', '工行-802'],
    after: '结算和售后：开票、客户满意度调查、一条投诉的登记和处理。',
    invoice: 'FP-2026-0815',
    feedback: '第二批到货晚了',
    complaint: ['有一张胶合板边角磕损', '补发一张，开红字发票 CN-0042'],
    e: { say: '4. 客户变更。武汉楚天订了 60 平方米橱柜吸塑门板（按单生产）……', customer: 'WHCT', items: ['GMB-01=60', 'XT-MT=20'], ref: '录音-0107', made: 'GMB-01' },
    absorb: ['4.1 ……又来电要多加 20 米门套线：库存能满足，客户确认。', 'XT-MT=40', '录音-0131'],
    replan: ['4.2 ……又传真把门板从 60 平方米改成 100 平方米：生产要变，生产计划变更单交物控评审。', 'GMB-01=100', '传真-2231'],
    c: { say: '2.2.2 沈阳北方木业要俄罗斯白松原木，无库存、也不能生产：此订单意向结束。', customer: 'SYBF', items: ['MC-BSY=10'] },
    d: { say: '客户不接受报价：询价意向结束。', customer: 'CDJC', items: ['DB-SF15=200'], reason: '价格太高' },
    outOfOrder: '不按流程的操作会被拒绝，什么都不改，并说明应该怎么做。',
    standing: '现在的情况。',
    stock: ['JHB-18', 'XT-TJ60', 'MM-HT03'],
    paper: '单据：签好的销售合同，打印出来就是这样（也可以 --format html、--out 文件）。',
    report: '每晚由 cron 发给经理们的状态日报（这里是文本；用 --out 可存为 .html/.md/.json/.csv）。',
    audit: '审计记录是哈希链：校验一下。',
    done: (db) => `完成。演示数据库是 ${db}（现已删除）；要保留一个：orderdesk --db ./desk.db init --demo --lang zh-CN`,
  },
}
const W = WALKS[lang]
const PIN = { env: { ORDERDESK_PIN: '123456' } }

try {
  say(W.intro)
  od('li', ['init', '--demo', ...(lang === 'en' ? [] : ['--lang', lang])])
  if (W.company) od('wang', ['settings', 'set', ...W.company], PIN)

  say(W.a.say)
  const a = od('li', ['inquiry', 'new', '--customer', W.a.customer, ...W.a.items.flatMap((i) => ['--item', i]), '--requested', '+14', '--source-ref', W.a.ref], { capture: true })
  say(W.inStock)
  od('li', ['stock', 'check', a])
  say(W.signA)
  od('li', ['contract', 'sign', a, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])

  say(W.approval[0])
  od('wang', ['settings', 'set', 'quote.approvalAbove', W.approval[1]], PIN)

  say(W.b.say)
  const b = od('chen', ['inquiry', 'new', '--customer', W.b.customer, ...W.b.items.flatMap((i) => ['--item', i]), '--channel', 'fax', '--source-ref', W.b.ref, '--rush', '--requested', '+30'], { capture: true })
  say(W.short)
  od('chen', ['stock', 'check', b], { expect: 2 })
  say(W.mcDate)
  od('chen', ['stock', 'check', b, '--mc-date', `${W.b.made}=+21`])
  say(W.needsApproval)
  od('chen', ['contract', 'sign', b, '--payment-method', 'acceptance-bill', '--payment-due', '+10', '--deposit', '50'], { expect: 4 })
  od('wang', ['quote', 'approve', b], PIN)
  od('chen', ['contract', 'sign', b, '--payment-method', 'acceptance-bill', '--payment-due', '+10', '--deposit', '50'])

  say(W.deposits)
  od('wu', ['payment', 'record', a, '--amount', W.payA[0], '--method', 'transfer', '--ref', W.payA[1]])
  od('wang', ['order', 'confirm', a], PIN)
  od('wu', ['payment', 'record', b, '--amount', W.payB[0][0], '--ref', W.payB[0][1]])
  say(W.notEnough)
  od('wang', ['order', 'confirm', b], { ...PIN, expect: 4 })
  od('wu', ['payment', 'record', b, '--amount', W.payB[1][0], '--ref', W.payB[1][1]])
  od('wang', ['order', 'confirm', b], PIN)
  say(W.mc)
  od('sun', ['production', 'list'])
  const mo = `${b}-MO1`
  od('sun', ['production', 'accept', mo, '--date', '+18'])
  od('sun', ['production', 'progress', mo, '--percent', '60', '--note', W.progressNote])
  say(W.qc)
  od('sun', ['production', 'done', mo, '--qty', '12', '--rejected', '2'])
  od('sun', ['production', 'done', mo])
  od('chen', ['production', 'rate', mo, '--score', '5', '--comment', W.rateComment])

  say(W.ship)
  od('li', ['ship', a, '--date', '+2'], { expect: 4 })
  say(W.allow[0])
  od('wang', ['ship', a, '--date', '+2', '--item', W.allow[1], '--carrier', W.allow[2], '--allow-unpaid', '--reason', W.allow[3]], PIN)
  od('zhou', ['ship', 'send', a, '--tracking', W.allow[4]])
  od('wu', ['payment', 'record', a, '--amount', W.payRest[0], '--ref', W.payRest[1]])
  od('li', ['ship', a, '--date', '+3'])
  od('zhou', ['ship', 'send', a])
  od('zhou', ['ship', 'deliver', a])
  od('zhou', ['ship', 'deliver', a], { env: { ORDERDESK_TODAY: addDays(3) } })
  say(W.after)
  const later = { env: { ORDERDESK_TODAY: addDays(3) } }
  od('wu', ['invoice', 'issue', a, '--number', W.invoice], later)
  od('li', ['feedback', 'add', a, '--rating', '4', '--comment', W.feedback], later)
  od('li', ['complaint', 'open', a, '--text', W.complaint[0]], later)
  od('li', ['complaint', 'resolve', '1', '--resolution', W.complaint[1]], later)
  od('li', ['order', 'show', a], later)

  say(W.e.say)
  const e = od('li', ['inquiry', 'new', '--customer', W.e.customer, ...W.e.items.flatMap((i) => ['--item', i]), '--source-ref', W.e.ref], { capture: true })
  od('li', ['stock', 'check', e, '--mc-date', `${W.e.made}=+20`])
  od('li', ['contract', 'sign', e, '--payment-method', 'transfer', '--payment-due', '+5', '--deposit', '0'])
  od('wang', ['order', 'confirm', e], PIN)
  od('sun', ['production', 'accept', `${e}-MO1`, '--date', '+18'])
  say(W.absorb[0])
  od('li', ['change', 'request', e, '--item', W.absorb[1], '--source-ref', W.absorb[2]])
  od('li', ['change', 'confirm', `${e}-CR1`, '--customer', 'accept'])
  say(W.replan[0])
  od('li', ['change', 'request', e, '--item', W.replan[1], '--channel', 'fax', '--source-ref', W.replan[2]])
  od('sun', ['change', 'decide', `${e}-CR2`, '--mc', 'agree', '--date', '+25'])
  od('li', ['change', 'confirm', `${e}-CR2`, '--customer', 'accept'])
  od('li', ['change', 'list', '--order', e])
  od('li', ['production', 'list'])

  say(W.c.say)
  const c = od('li', ['inquiry', 'new', '--customer', W.c.customer, ...W.c.items.flatMap((i) => ['--item', i])], { capture: true })
  od('li', ['stock', 'check', c])

  say(W.d.say)
  const d = od('li', ['inquiry', 'new', '--customer', W.d.customer, ...W.d.items.flatMap((i) => ['--item', i])], { capture: true })
  od('li', ['stock', 'check', d])
  od('li', ['inquiry', 'drop', d, '--reason', W.d.reason])

  say(W.outOfOrder)
  od('li', ['contract', 'sign', c, '--payment-method', 'transfer', '--payment-due', '+7'], { expect: 4 })

  say(W.standing)
  od('li', ['order', 'list'])
  od('li', ['order', 'list', '--needs-action'])
  od('li', ['order', 'show', b])
  od('li', ['stock', 'show', ...W.stock])
  od('li', ['production', 'list', '--status', 'all'])
  say(W.paper)
  od('li', ['print', 'contract', a])
  say(W.report)
  od('wang', ['report', 'status', '--limit', '3'])
  say(W.audit)
  od('li', ['audit', 'verify'])
  say(W.done(db))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
