import type { Command } from 'commander'
import { z, str, flag, limit, revision } from '../flags.js'
import { NotFoundError, ValidationError } from '../../domain/errors.js'
import { daysBetween } from '../../domain/dates.js'
import { formatMoneyGrouped } from '../../domain/money.js'
import { nextCommand } from '../../render/next-action.js'
import { NEEDS_ACTION_STATUSES, ORDER_STATUSES, isOrderStatus, nextActionForOrder } from '../../domain/order-status.js'
import { findCustomer } from '../../read/master-data.js'
import { listOrders, loadOrder } from '../../read/orders.js'
import { orderJson, orderSummaryJson } from '../../render/order-json.js'
import { renderOrder, statusLabel } from '../../render/order-view.js'
import { table } from '../../render/table.js'
import { serviceContext, withSession } from '../context.js'
import { confirmOrder } from '../../services/confirm-order.js'
import { managerPin } from '../manager-pin.js'
import { orderResult, precheckStep, reloadOrder } from '../order-result.js'
import { checkQuote } from '../../read/orders.js'
import { validateOptions } from '../parse.js'

const confirmSchema = z.object({ assign: str(), revision: revision() })
const listSchema = z.object({
  status: str(),
  customer: str(),
  overdue: flag(),
  needsAction: flag(),
  limit: limit(50),
})

/** `order list|show`: where every order stands. */
export function registerOrder(program: Command): void {
  const order = program.command('order').description('orders: list, show')

  order
    .command('list')
    .description('list orders, newest first (default 50; --limit 0 for all)')
    .option('--status <s>', `only these statuses (comma-separated): ${ORDER_STATUSES.join(', ')}`)
    .option('--customer <code>', "only this customer's orders")
    .option('--overdue', 'only orders past their promised date and not delivered')
    .option('--needs-action', 'only orders waiting on the desk, with the next command to run')
    .option('--limit <n>', 'at most n orders (0 = all)', '50')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(listSchema, raw)
        const statuses = opts.status ? opts.status.split(',').map((x) => x.trim()) : undefined
        for (const st of statuses ?? []) if (!isOrderStatus(st)) throw new ValidationError('--status', st, `must be one of ${ORDER_STATUSES.join(', ')}`)
        let customerId: number | undefined
        if (opts.customer) {
          const c = await findCustomer(s.store.db, opts.customer)
          if (!c) throw new ValidationError('--customer', opts.customer, 'no such customer')
          customerId = c.id
        }
        const rows = await listOrders(s.store.db, {
          statuses,
          customerId,
          needsAction: opts.needsAction,
          overdueBefore: opts.overdue ? s.today : undefined,
          limit: opts.limit,
        })
        const nextFor = (o: (typeof rows)[number]) => nextCommand(nextActionForOrder(o))
        s.out.result(
          rows.map((o) => ({
            ...orderSummaryJson(o, o.customer_code, o.customer_name),
            ...(opts.needsAction ? { nextAction: nextFor(o), ageDays: daysBetween(o.updated_at.slice(0, 10), s.today) } : {}),
          })),
          () => {
            if (rows.length === 0) return 'no orders match'
            const head = ['Order', 'Status', 'Customer', 'Total', 'Paid', 'Requested', 'Promised']
            if (opts.needsAction) head.push('Next')
            return table(
              head,
              rows.map((o) => {
                const r = [
                  `${o.number}${o.rush ? ' !' : ''}${o.at_risk ? ' ⚠' : ''}`,
                  statusLabel(o.status, s.out.c),
                  `${o.customer_code} ${o.customer_name}`.slice(0, 32),
                  formatMoneyGrouped(o.total),
                  formatMoneyGrouped(o.paid),
                  o.requested_date ?? '',
                  o.promised_date ?? '',
                ]
                if (opts.needsAction) r.push(nextFor(o) ?? '')
                return r
              }),
              { align: ['left', 'left', 'left', 'right', 'right', 'left', 'left', 'left'] },
            )
          },
        )
      }, { access: 'read' }),
    )

  order
    .command('confirm <order>')
    .description('a manager signs the sales order (deposit must have arrived) and dispatches production orders to MC')
    .option('--assign <user>', 'give every production order to this MC user (default: least open work)')
    .option('--revision <n>', 'refuse if the order has changed since this revision')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(confirmSchema, raw)
        const ctx = await serviceContext(s)
        await precheckStep(s, number, 'confirm')
        const pin = await managerPin(s, ctx)
        const r = await confirmOrder(ctx, { number, pin, assign: opts.assign, expectedRevision: opts.revision })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg, { salesOrder: r.salesOrder, productionOrders: r.productionOrders }), () =>
          r.productionOrders.length
            ? table(
                ['Production order', 'SKU', 'Qty', 'Due', 'Dispatched to'],
                r.productionOrders.map((m) => [m.number, m.sku, m.qty, m.dueDate, m.assignee]),
                { align: ['left', 'left', 'right', 'left', 'left'] },
              )
            : '',
        )
        s.out.done(`sales order ${r.salesOrder} signed by ${ctx.actor.name}; order ${number} is ${r.status}`)
        if (r.status === 'ready') s.out.note('  every line is reserved from stock: ready to ship')
        else s.out.next('orderdesk production accept <mo> --date <date>   (MC)')
      }),
    )

  order
    .command('show <order>')
    .description('one order: lines, documents, payments, production, changes, shipments, timeline')
    .action(async (number: string, _raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const agg = await loadOrder(s.store.db, number)
        if (!agg) throw new NotFoundError('order', number, 'see `orderdesk order list`')
        const quote = await checkQuote(s.store.db, agg.order)
        s.out.result(orderJson(agg, quote), () => renderOrder(agg, s.out.c, quote))
      }, { access: 'read' }),
    )
}
