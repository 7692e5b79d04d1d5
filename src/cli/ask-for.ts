import type { Session } from './context.js'
import { requireFlags, type Prompter } from './prompts.js'

/**
 * The value of a flag the command was run without, asked on a terminal; without a terminal
 * (or with --no-input), exit 2 naming the flag — flags first, prompts second.
 *
 * @example
 * const reason = opts.reason || (await askFor(s, '--reason', 'Why?'))
 */
export async function askFor(s: Pick<Session, 'interactive' | 'prompt'>, flag: string, message: string, opts?: Parameters<Prompter['input']>[1]): Promise<string> {
  requireFlags(s.interactive, [flag])
  return s.prompt.input(message, opts)
}
