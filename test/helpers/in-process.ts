import { afterEach, beforeEach } from 'vitest'
import type { Session } from '../../src/cli/context.js'
import { Output } from '../../src/cli/output.js'
import type { Prompter } from '../../src/cli/prompts.js'
import { installWords } from '../../src/messages/index.js'
import type { ServiceContext } from '../../src/services/context.js'
import { findActor, openDesk, type Desk } from '../../src/services/desk.js'
import { TODAY, tempDesk, type Desk as TestDesk } from './cli.js'

/** A buffer that stands for stdout or stderr. */
export class Captured {
  text = ''
  isTTY = false
  write(s: string): boolean {
    this.text += s
    return true
  }
}

/** Answers for the prompts of a run, in the order they are asked; asking more is a test failure. */
export function scriptedPrompter(answers: unknown[]): Prompter & { asked: string[] } {
  const asked: string[] = []
  const next = async (message: string): Promise<any> => {
    asked.push(message)
    if (answers.length === 0) throw new Error(`unexpected prompt: ${message}`)
    return answers.shift()
  }
  return { asked, input: next, select: next, search: next, confirm: next, password: next }
}

/**
 * A temporary desk (the demo data by default) opened in this process: use cases are called with
 * `ctx(user)`, commands' `run(opts, s)` with `session(user)`, on either backend. The words are
 * the installed English catalogue, as the cli has them.
 *
 * @example
 * const d = await inProcessDesk(); const r = await recordPayment(await d.ctx('li'), { ... })
 */
export async function inProcessDesk(opts: { demo?: boolean } = {}): Promise<{
  desk: TestDesk
  store: Desk
  ctx(user?: string): Promise<ServiceContext>
  session(user?: string, o?: { json?: boolean; answers?: unknown[] }): { s: Session; stdout: Captured; stderr: Captured }
  close(): Promise<void>
}> {
  installWords()
  const desk = await tempDesk(opts)
  const store = await openDesk(desk.db, { busyTimeoutMs: 10_000, access: 'write' })
  let clock = 0
  const now = () => new Date(Date.UTC(2026, 10, 26, 9, 0, clock++)).toISOString()
  return {
    desk,
    store,
    async ctx(user = 'li') {
      const actor = await findActor(store, user)
      if (!actor) throw new Error(`no user ${user}`)
      return { db: store.db, store, actor, today: TODAY, now }
    },
    session(user = 'li', o = {}) {
      const stdout = new Captured()
      const stderr = new Captured()
      const s: Session = {
        store,
        opts: { as: user, json: o.json ?? false, input: o.answers !== undefined },
        out: new Output({ json: o.json ?? false, color: false, stdout, stderr }),
        prompt: scriptedPrompter(o.answers ?? []),
        interactive: o.answers !== undefined,
        today: TODAY,
        now,
      }
      return { s, stdout, stderr }
    },
    async close() {
      await store.close()
    },
  }
}

export type InProcessDesk = Awaited<ReturnType<typeof inProcessDesk>>

/**
 * A fresh in-process desk for each test of the file (made before it, closed and removed after).
 *
 * @example
 * const desk = deskPerTest()
 * it('…', async () => { const ctx = await desk().ctx('li') })
 */
export function deskPerTest(opts: { demo?: boolean } = {}): () => InProcessDesk {
  let d: InProcessDesk | undefined
  beforeEach(async () => {
    d = await inProcessDesk(opts)
  })
  afterEach(async () => {
    await d?.close()
    d?.desk.cleanup()
    d = undefined
  })
  return () => d!
}

/** An order's audit events whose action starts with `prefix` (e.g. `ship.`), in order, their data parsed. */
export async function eventsOf(desk: TestDesk, order: string, prefix: string) {
  const rows = await desk.query<{ action: string; entity: string; ref: string; actor: string; from_status: string | null; to_status: string | null; data: string | null }>(
    'select e.action, e.entity, e.ref, e.actor, e.from_status, e.to_status, e.data from events e join orders o on o.id = e.order_id where o.number = ? and e.action like ? order by e.id',
    [order, `${prefix}%`],
  )
  return rows.map((e) => ({ ...e, data: e.data === null ? null : JSON.parse(e.data) }))
}
