/**
 * The help of one command, as `--help` and the command reference (docs/commands.md) show it.
 * Lives in the catalogue because every word of it is the user's to read.
 */
export interface HelpEntry {
  /** One line: what the command does (and, for a group, what its commands are about). */
  description: string
  /** Each option's text, by its long flag (`--number`). */
  options?: Readonly<Record<string, string>>
  /** Each positional argument's text, by its name (`order`). */
  arguments?: Readonly<Record<string, string>>
  /** Who may run it: the roles, or anyone (a command that only reads). Every runnable command has one. */
  who?: string
  /** One example a clerk could type. Every runnable command has one. */
  example?: string
}

/** The help entries of a command group, by the command's path without `orderdesk` (`invoice issue`). */
export type HelpEntries = Readonly<Record<string, HelpEntry>>

/**
 * The same entries with other words: every command, option and argument the English help
 * has, none more (the type a translation of a group's help has).
 */
export type Retexted<T> = T extends string ? string : { readonly [K in keyof T]: Retexted<T[K]> }
