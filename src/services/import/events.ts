import { EventChain, type RowWriter } from '../../store/import-writes.js'
import type { Tx } from '../../store/transaction.js'
import type { ServiceContext } from '../context.js'
import type { StepEvent } from '../record-step.js'

/**
 * The audit events of one import batch, hash-chained in bulk (EventChain): who, when and on
 * which business date are filled here, once for the batch, as `recordEvent` fills them for a
 * single step. With `writer`, each event is written as it is added; else by `flush()`.
 */
export class BatchEvents {
  private constructor(
    private readonly chain: EventChain,
    private readonly ctx: ServiceContext,
    private readonly at: string,
  ) {}

  /** Starts after the last event in the desk (inside the batch's write transaction). */
  static async start(q: Tx, ctx: ServiceContext, at: string, writer: RowWriter | null = null): Promise<BatchEvents> {
    return new BatchEvents(await EventChain.start(q, writer), ctx, at)
  }

  add(e: StepEvent): void {
    this.chain.add({ at: this.at, businessDate: this.ctx.today, actor: this.ctx.actor.name, ...e })
  }

  flush(): Promise<void> {
    return this.chain.flush()
  }
}
