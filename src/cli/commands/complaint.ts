import type { Command } from 'commander'
import { ValidationError } from '../../domain/errors.js'
import { openComplaint } from '../../services/open-complaint.js'
import { resolveComplaint } from '../../services/resolve-complaint.js'
import { listComplaints } from '../../read/after-sales.js'
import { complaintJson } from '../../render/order-json.js'
import { table } from '../../render/table.js'
import { serviceContext, withSession } from '../context.js'
import { flag, limit, note, text, z } from '../flags.js'
import { validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const openSchema = z.object({ text: note(1000) })
const resolveSchema = z.object({ resolution: note(1000) })
const listSchema = z.object({ open: flag(), limit: limit(0) })

/** `complaint open|resolve|list`: after-sales complaints. */
export function registerComplaint(program: Command): void {
  const complaint = program.command('complaint').description('customer complaints')

  complaint
    .command('open <order>')
    .description('record a complaint about an order')
    .option('--text <t>', 'what the customer complains about')
    .action(async (order: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(openSchema, raw)
        requireFlags(s.interactive, opts.text ? [] : ['--text'])
        const ctx = await serviceContext(s)
        const textValue = opts.text || (await askInput('Complaint'))
        const r = await openComplaint(ctx, { number: order, text: textValue })
        s.out.result({ id: r.id, order, status: 'open', text: textValue }, () => String(r.id))
        s.out.done(`complaint #${r.id} opened on order ${order}`)
        s.out.next(`orderdesk complaint resolve ${r.id} --resolution <text>`)
      }),
    )

  complaint
    .command('resolve <id>')
    .description('close a complaint with its resolution')
    .option('--resolution <t>', 'what was done')
    .action(async (idText: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(resolveSchema, raw)
        if (!/^\d+$/.test(idText) || !Number.isSafeInteger(Number(idText))) throw new ValidationError('id', idText, 'a complaint number like 7 (see `orderdesk complaint list`)')
        requireFlags(s.interactive, opts.resolution ? [] : ['--resolution'])
        const ctx = await serviceContext(s)
        const resolution = opts.resolution || (await askInput('Resolution'))
        const r = await resolveComplaint(ctx, { id: Number(idText), resolution })
        s.out.result({ id: Number(idText), order: r.order, status: 'resolved', resolution }, () => '')
        s.out.done(`complaint #${idText} on order ${r.order} resolved`)
      }),
    )

  complaint
    .command('list')
    .description('complaints, newest first')
    .option('--open', 'only open ones')
    .option('--limit <n>', 'at most n (0 = all)', '0')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(listSchema, raw)
        const rows = await listComplaints(s.store.db, { open: opts.open, limit: opts.limit })
        s.out.result(rows.map((c) => ({ ...complaintJson(c, c.order_number), customer: c.customer_code })), () =>
          rows.length
            ? table(
                ['#', 'Order', 'Customer', 'Status', 'Opened', 'Complaint', 'Resolution'],
                rows.map((c) => [c.id, c.order_number, c.customer_code, c.status, c.opened_date, c.text.slice(0, 40), (c.resolution ?? '').slice(0, 40)]),
                { align: ['right', 'left', 'left', 'left', 'left', 'left', 'left'] },
              )
            : 'no complaints',
        )
      }, { access: 'read' }),
    )
}
