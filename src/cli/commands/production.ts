import type { Command } from 'commander'
import { daysBetween, parseDate } from '../../domain/dates.js'
import { ValidationError } from '../../domain/errors.js'
import { parseQty } from '../../domain/item-spec.js'
import { PRODUCTION_STATUSES, isProductionStatus } from '../../domain/production-status.js'
import { acceptProduction } from '../../services/accept-production.js'
import { completeProduction } from '../../services/complete-production.js'
import { dispatchProduction } from '../../services/dispatch-production.js'
import { rateProduction } from '../../services/rate-production.js'
import { rejectProduction } from '../../services/reject-production.js'
import { reportProgress } from '../../services/report-progress.js'
import { findProductionOrder, listProductionOrders, type ProductionOrderView } from '../../read/production.js'
import { productionOrderJson } from '../../render/order-json.js'
import { table } from '../../render/table.js'
import { actorName, serviceContext, withSession, type Session } from '../context.js'
import { flag, limit, note, str, text, wholeNumber, z } from '../flags.js'
import { validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const listSchema = z.object({ status: str(), mine: flag(), assignee: str(), limit: limit(50) })
const acceptSchema = z.object({ date: str() })
const rejectSchema = z.object({ reason: note(200) })
const progressSchema = z.object({ percent: z.optional(wholeNumber('must be a whole number from 0 to 100')), note: note(200) })
const doneSchema = z.object({ qty: str(), rejected: str() })
const rateSchema = z.object({ score: z.optional(wholeNumber('must be a whole number from 1 to 5')), comment: note(200) })
const dispatchSchema = z.object({ assign: str() })

/** JSON of a production order after a change, with its order's status. */
async function moResult(s: Session, number: string, extra: Record<string, unknown> = {}) {
  const mo = (await findProductionOrder(s.store.db, number))!
  return { productionOrder: productionOrderJson(mo), orderStatus: mo.order_status, ...extra }
}

function queueTable(rows: ProductionOrderView[], today: string): string {
  return table(
    ['MO', 'Order', 'Customer', 'SKU', 'Product', 'Qty', 'Done', 'Due', 'Committed', 'Progress', 'Status', 'MC', 'Age'],
    rows.map((m) => [
      `${m.number}${m.priority ? ' !' : ''}`,
      m.order_number,
      m.customer_code,
      m.sku,
      m.product_name.slice(0, 24),
      m.qty,
      m.done_qty,
      m.due_date,
      m.committed_date ?? '—',
      `${m.progress}%`,
      m.status,
      m.assignee,
      `${daysBetween(m.dispatched_date, today)}d`,
    ]),
    { align: ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'left', 'left', 'right', 'left', 'left', 'right'] },
  )
}

/** `production list|accept|reject|progress|done|rate|dispatch`: MC's side of the procedure. */
export function registerProduction(program: Command): void {
  const production = program.command('production').description('production orders (生产命令单): MC accepts, reports progress and completion')

  production
    .command('list')
    .description('production orders, rush first then by due date (default: the first 50 open ones; --limit 0 for all)')
    .option('--status <s>', `only these statuses (comma-separated): ${PRODUCTION_STATUSES.join(', ')}; "all" for every one`)
    .option('--mine', 'only those dispatched to me')
    .option('--assignee <user>', "only this MC user's")
    .option('--limit <n>', 'at most n (0 = all)', '50')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(listSchema, raw)
        let statuses: string[] | undefined = ['dispatched', 'accepted', 'in_progress', 'rejected']
        if (opts.status === 'all') statuses = undefined
        else if (opts.status) {
          statuses = opts.status.split(',').map((x) => x.trim())
          for (const st of statuses) if (!isProductionStatus(st)) throw new ValidationError('--status', st, `must be one of ${PRODUCTION_STATUSES.join(', ')}`)
        }
        const assignee = opts.mine ? actorName(s.opts) : opts.assignee
        const rows = await listProductionOrders(s.store.db, { statuses, assignee, limit: opts.limit })
        s.out.result(rows.map(productionOrderJson), () => (rows.length ? queueTable(rows, s.today) : 'no production orders match'))
      }, { access: 'read' }),
    )

  production
    .command('accept <mo>')
    .description('accept a production order and commit a completion date (mc)')
    .option('--date <date>', 'committed completion date')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(acceptSchema, raw)
        if (opts.date) parseDate(opts.date, 'date', s.today)
        requireFlags(s.interactive, opts.date ? [] : ['--date'])
        const ctx = await serviceContext(s)
        const date = parseDate(opts.date ?? (await askInput('Committed completion date')), 'date', s.today)
        const r = await acceptProduction(ctx, { number, date })
        s.out.result(await moResult(s, number, { atRisk: r.atRisk }), () => '')
        s.out.done(`production order ${number} accepted, completion by ${date}; order is ${r.orderStatus}`)
        if (r.atRisk) s.out.warn(`${date} is after the date promised to the customer: the order is flagged at risk for the clerk`)
      }),
    )

  production
    .command('reject <mo>')
    .description('reject a production order; it goes back to the clerk (mc)')
    .option('--reason <text>', 'why it cannot be made as ordered')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(rejectSchema, raw)
        requireFlags(s.interactive, opts.reason ? [] : ['--reason'])
        const ctx = await serviceContext(s)
        const reason = opts.reason || (await askInput('Why?', { validate: (v) => (v.trim() ? true : 'say why') }))
        await rejectProduction(ctx, { number, reason })
        s.out.result(await moResult(s, number), () => '')
        s.out.done(`production order ${number} rejected: ${reason}`)
        s.out.next(`orderdesk production dispatch ${number} --assign <mc user>   (clerk)`)
      }),
    )

  production
    .command('dispatch <mo>')
    .description('re-dispatch a rejected production order (clerk, manager); default: the least-loaded other MC user')
    .option('--assign <user>', 'the MC user to give it to')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(dispatchSchema, raw)
        const r = await dispatchProduction(await serviceContext(s), { number, assign: opts.assign })
        s.out.result(await moResult(s, number), () => '')
        s.out.done(`production order ${number} dispatched to ${r.assignee}`)
      }),
    )

  production
    .command('progress <mo>')
    .description('report progress in percent (mc)')
    .option('--percent <n>', '0 to 100')
    .option('--note <text>', 'what happened')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(progressSchema, raw)
        requireFlags(s.interactive, opts.percent !== undefined ? [] : ['--percent'])
        const ctx = await serviceContext(s)
        const percent = opts.percent ?? Number(await askInput('Percent done', { validate: (v) => (/^\d{1,3}$/.test(v) && Number(v) <= 100 ? true : '0 to 100') }))
        await reportProgress(ctx, { number, percent, note: opts.note })
        s.out.result(await moResult(s, number), () => '')
        s.out.done(`production order ${number} at ${percent}%`)
      }),
    )

  production
    .command('done <mo>')
    .description('goods finished into the warehouse, reserved for the order (mc); without --qty: all that remains')
    .option('--qty <n>', 'quantity finished and inspected')
    .option('--rejected <n>', 'of those, rejected at quality control (stay open for rework)')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(doneSchema, raw)
        const qty = opts.qty === undefined ? null : parseQty(opts.qty, 'qty')
        let rejected: number | null = null
        if (opts.rejected !== undefined) {
          if (!/^\d+$/.test(opts.rejected) || !Number.isSafeInteger(Number(opts.rejected))) throw new ValidationError('rejected', opts.rejected, 'must be a whole number')
          rejected = Number(opts.rejected)
        }
        const r = await completeProduction(await serviceContext(s), { number, qty, rejected })
        s.out.result(await moResult(s, number, { good: r.good, rejected: r.rejected, remaining: r.remaining }), () => '')
        s.out.done(
          `${r.good} into the warehouse for ${number}${r.rejected ? `, ${r.rejected} rejected at QC` : ''}; ${r.remaining ? `${r.remaining} still to make` : 'production order done'}`,
        )
        if (r.orderStatus === 'ready') s.out.note(`  goods in warehouse: the order is ready to ship (clerk: agree the ship date)`)
      }),
    )

  production
    .command('rate <mo>')
    .description("the clerk's evaluation of MC's work on a finished production order (1-5)")
    .option('--score <1-5>', 'score')
    .option('--comment <text>', 'comment')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(rateSchema, raw)
        requireFlags(s.interactive, opts.score !== undefined ? [] : ['--score'])
        const ctx = await serviceContext(s)
        const score = opts.score ?? Number(await askInput('Score 1-5', { validate: (v) => (/^[1-5]$/.test(v) ? true : '1 to 5') }))
        await rateProduction(ctx, { number, score, comment: opts.comment })
        s.out.result(await moResult(s, number), () => '')
        s.out.done(`production order ${number} rated ${score}/5`)
      }),
    )
}
