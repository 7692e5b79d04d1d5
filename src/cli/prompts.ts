import { styleText } from 'node:util'
import { CancelledError, MissingFlagsError } from '../domain/errors.js'
import type { Msg } from '../domain/message.js'
import { textProblem, visible } from '../domain/text-rules.js'
import { language, tr } from '../messages/index.js'

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

/**
 * The prompts' own words (the key tips under a list, yes and no) in the language in use;
 * nothing for English, where @inquirer's own words are ours. A key can still be typed as in
 * English (y, n), as @inquirer accepts whatever the words.
 */
const SEARCH_FOUND_NOTHING = 'No results found'

function theme(): object | undefined {
  if (language() === 'en') return undefined
  const keysHelpTip = (keys: [string, string][]) =>
    keys.map(([key, action]) => `${styleText('bold', key)} ${styleText('dim', tr('program.promptKey', { action }))}`).join(styleText('dim', ' • '))
  const yes = tr('program.promptYes')
  const no = tr('program.promptNo')
  // @inquirer/search writes its "nothing matches" itself, through the error style (as red `> …`)
  const error = (text: string) => styleText('red', `> ${text === SEARCH_FOUND_NOTHING ? tr('program.promptNoResults') : text}`)
  return { style: { keysHelpTip, error }, keywords: { yes, no, error: () => tr('program.promptYesOrNo', { yes, no }) } }
}

export interface Choice<T> {
  name: string
  value: T
  description?: string
}

/** Typed (or pasted) text obeys the rule for flags: no control characters. */
export async function askInput(message: string, opts: { default?: string; validate?: (v: string) => true | string } = {}): Promise<string> {
  const p = await prompts()
  const validate = (v: string) => textProblem(v, 'line') ?? opts.validate?.(v) ?? true
  return guard(p.input({ message, default: opts.default, validate }))
}

/** Choices show data (customer and product names): control characters in it shown as escapes. */
const shown = <T>(c: Choice<T>): Choice<T> => ({ ...c, name: visible(c.name), ...(c.description !== undefined ? { description: visible(c.description) } : {}) })


export async function askSelect<T>(message: string, choices: Choice<T>[], def?: T): Promise<T> {
  const p = await prompts()
  return guard(p.select({ message: visible(message), choices: choices.map(shown), default: def, pageSize: 12, theme: theme() }))
}

export async function askSearch<T>(message: string, source: (term: string) => Promise<Choice<T>[]>): Promise<T> {
  const p = await prompts()
  return guard(p.search({ message: visible(message), source: async (term) => (await source(term ?? '')).map(shown), pageSize: 10, theme: theme() }))
}

export async function askConfirm(message: string, def = true): Promise<boolean> {
  const p = await prompts()
  return guard(p.confirm({ message: visible(message), default: def, theme: theme() }))
}

export async function askPassword(message: string, validate?: (v: string) => true | string): Promise<string> {
  const p = await prompts()
  return guard(p.password({ message, mask: '*', validate, theme: theme() }))
}

/**
 * Flags first, prompts second: when values are missing and the run is not interactive,
 * refuse naming every missing flag (exit 2).
 */
export function requireFlags(interactive: boolean, missing: (string | Msg)[]): void {
  if (missing.length > 0 && !interactive) throw new MissingFlagsError(missing)
}

/** The questions a command may ask: the terminal's prompts, or a script of answers in a test. */
export interface Prompter {
  input: typeof askInput
  select: typeof askSelect
  search: typeof askSearch
  confirm: typeof askConfirm
  password: typeof askPassword
}

/** The prompts on the terminal (@inquirer/prompts, loaded on the first question). */
export const terminalPrompter: Prompter = { input: askInput, select: askSelect, search: askSearch, confirm: askConfirm, password: askPassword }
