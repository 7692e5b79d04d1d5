import type * as z from 'zod/mini'
import * as signContract from '../../src/cli/commands/contract/sign.js'
import * as newInquiry from '../../src/cli/commands/inquiry/new.js'
import * as checkStock from '../../src/cli/commands/stock/check.js'
import type { inProcessDesk } from './in-process.js'

type InProcessDesk = Awaited<ReturnType<typeof inProcessDesk>>

/**
 * A command's `opts` as its commander action would make them: the flags through the command's
 * schema (defaults filled, as `action()` validates them), the positional arguments beside.
 *
 * @example
 * await run(options(schema, { reason: 'price' }, { order: n }), s)
 */
export function options<S extends z.ZodMiniType, A extends object = {}>(schema: S, flags: Record<string, unknown> = {}, args?: A): z.infer<S> & A {
  return { ...(schema.parse(flags) as object), ...(args ?? ({} as A)) } as z.infer<S> & A
}

/** An inquiry taken in-process by the clerk li (its number, as `inquiry new` prints it). */
export async function takeInquiry(d: InProcessDesk, item: string[] = ['NW-011=5'], customer = 'ALFKI'): Promise<string> {
  const { s, stdout } = d.session('li')
  await newInquiry.run(options(newInquiry.schema, { customer, item }), s)
  return stdout.text.trim()
}

/** An inquiry taken and offered (stock checked, `mcDate` for short lines). */
export async function takeOffer(d: InProcessDesk, item?: string[], mcDate: string[] = []): Promise<string> {
  const n = await takeInquiry(d, item)
  await checkStock.run(options(checkStock.schema, { mcDate }, { order: n }), d.session('li').s)
  return n
}

/** An order taken, offered and contracted by li (deposit in percent; due in a week). */
export async function takeContract(d: InProcessDesk, o: { item?: string[]; mcDate?: string[]; deposit?: string } = {}): Promise<string> {
  const n = await takeOffer(d, o.item, o.mcDate)
  const flags = { paymentMethod: 'transfer', paymentDue: '+7', deposit: o.deposit ?? '0' }
  await signContract.run(options(signContract.schema, flags, { order: n }), d.session('li').s)
  return n
}

/** How a command failed: its exit code and message (a message worded from the catalogue is read when asked). */
export async function failure(p: Promise<unknown>): Promise<{ exitCode: number; message: string }> {
  try {
    await p
  } catch (e) {
    const err = e as { exitCode: number; message: string }
    return { exitCode: err.exitCode, message: err.message }
  }
  throw new Error('the command did not fail')
}
