import { CancelledError, MissingFlagsError } from '../domain/errors.js'

/**
 * Prompts, loaded only when a command actually asks something (keeps startup fast).
 * Ctrl-C at a prompt becomes CancelledError (exit 130).
 */
type Prompts = typeof import('@inquirer/prompts')

let loaded: Prompts | null = null
async function prompts(): Promise<Prompts> {
  loaded ??= await import('@inquirer/prompts')
  return loaded
}

async function guard<T>(p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (e) {
    if ((e as Error)?.name === 'ExitPromptError' || (e as Error)?.name === 'AbortPromptError') throw new CancelledError()
    throw e
  }
}

export interface Choice<T> {
  name: string
  value: T
  description?: string
}

export async function askInput(message: string, opts: { default?: string; validate?: (v: string) => true | string } = {}): Promise<string> {
  const p = await prompts()
  return guard(p.input({ message, default: opts.default, validate: opts.validate }))
}

export async function askSelect<T>(message: string, choices: Choice<T>[], def?: T): Promise<T> {
  const p = await prompts()
  return guard(p.select({ message, choices, default: def, pageSize: 12 }))
}

export async function askSearch<T>(message: string, source: (term: string) => Promise<Choice<T>[]>): Promise<T> {
  const p = await prompts()
  return guard(p.search({ message, source: async (term) => source(term ?? ''), pageSize: 10 }))
}

export async function askConfirm(message: string, def = true): Promise<boolean> {
  const p = await prompts()
  return guard(p.confirm({ message, default: def }))
}

export async function askPassword(message: string, validate?: (v: string) => true | string): Promise<string> {
  const p = await prompts()
  return guard(p.password({ message, mask: '*', validate }))
}

/**
 * Flags first, prompts second: when values are missing and the run is not interactive,
 * refuse naming every missing flag (exit 2).
 */
export function requireFlags(interactive: boolean, missing: string[]): void {
  if (missing.length > 0 && !interactive) throw new MissingFlagsError(missing)
}
