import type { Command } from 'commander'
import type * as z from 'zod/mini'
import { withSession, type DeskUse, type Session } from './context.js'
import { validateOptions } from './parse.js'

/** How a command uses the desk and its user: see `withSession`. */
export type CommandUse = { anyUser?: boolean } & DeskUse

/** `<order>` → `order`, `<invoice-no>` → `invoiceNo`: the key of a positional argument in `opts`. */
const keyOf = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * The commander action of a command in the shape every command has (GitHub CLI's Options +
 * runF): the positional arguments and the options, validated by the command's zod schema,
 * become one `opts`; `run(opts, s)` gets an open session (the desk, output, prompter) and is
 * all the command does — so a test can call `run` in-process with a session of its own.
 *
 * @example
 * parent.command('issue <order>').option('--number <no>').action(action(schema, run))
 * export async function run(opts: Options, s: Session) { ... }
 */
export function action<S extends z.ZodMiniType, O extends z.infer<S>>(
  schema: S,
  run: (opts: O, s: Session) => Promise<void>,
  use: CommandUse = {},
): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command
    const raw = args[args.length - 2] as Record<string, unknown>
    const positional: Record<string, unknown> = {}
    cmd.registeredArguments.forEach((a, i) => {
      positional[keyOf(a.name())] = args[i]
    })
    await withSession(cmd, async (s) => run({ ...(validateOptions(schema, raw) as object), ...positional } as O, s), use)
  }
}
