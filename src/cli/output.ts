import { Chalk, type ChalkInstance } from 'chalk'

/**
 * Where things go: data to stdout (exactly one JSON document with `--json`), messages
 * and progress to stderr; colour only on a terminal and never with NO_COLOR / --no-color.
 */
export class Output {
  readonly json: boolean
  /** Colours for stdout. */
  readonly c: ChalkInstance
  /** Colours for stderr. */
  readonly ce: ChalkInstance

  constructor(opts: { json: boolean; color: boolean }) {
    this.json = opts.json
    const allowed = opts.color && !process.env.NO_COLOR && process.env.TERM !== 'dumb'
    this.c = new Chalk({ level: allowed && process.stdout.isTTY ? 1 : 0 })
    this.ce = new Chalk({ level: allowed && process.stderr.isTTY ? 1 : 0 })
  }

  /** The command's result: JSON on stdout with `--json`, else the human rendering. */
  result(json: unknown, human: () => string): void {
    if (this.json) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    else {
      const text = human()
      if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    }
  }

  /** A short message for the person at the terminal (stderr; silent with --json). */
  note(text: string): void {
    if (!this.json) process.stderr.write(`${text}\n`)
  }

  /** A success line naming what happened, on stderr, with a tick. */
  done(text: string): void {
    this.note(`${this.ce.green('✓')} ${text}`)
  }

  /** The next command to run, on stderr. */
  next(command: string): void {
    this.note(`  next: ${this.ce.cyan(command)}`)
  }

  warn(text: string): void {
    if (!this.json) process.stderr.write(`${this.ce.yellow('!')} ${text}\n`)
  }
}
