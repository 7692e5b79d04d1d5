import { tr } from '../messages/index.js'
import { colours, terminalText, type Colours } from '../render/terminal.js'
import { hangingIndent, wrapProse } from '../render/wrap.js'

/**
 * Where things go: data to stdout (exactly one JSON document with `--json`), messages
 * and progress to stderr; colour only on a terminal and never with NO_COLOR / --no-color.
 *
 * Every human line is written here, through `terminalText` (render/terminal.ts): a control
 * character that came from data (a name, a note) is shown as its `\uXXXX` escape, never sent
 * to the terminal. JSON is for scripts and stays exact (JSON.stringify escapes C0 itself).
 */
/** Where a stream of text goes: the process's stdout or stderr, or a buffer in a test. */
export interface Sink {
  write(text: string): unknown
  isTTY?: boolean
  /** A terminal's width in columns. */
  columns?: number
}

export class Output {
  readonly json: boolean
  readonly stdout: Sink
  readonly stderr: Sink
  /** Colours for stdout. */
  readonly c: Colours
  /** Colours for stderr. */
  readonly ce: Colours

  constructor(opts: { json: boolean; color: boolean; stdout?: Sink; stderr?: Sink }) {
    this.json = opts.json
    this.stdout = opts.stdout ?? process.stdout
    this.stderr = opts.stderr ?? process.stderr
    const allowed = opts.color && !process.env.NO_COLOR && process.env.TERM !== 'dumb'
    this.c = colours(Boolean(allowed && this.stdout.isTTY))
    this.ce = colours(Boolean(allowed && this.stderr.isTTY))
  }

  /** The command's result: JSON on stdout with `--json`, else the human rendering. */
  result(json: unknown, human: () => string): void {
    if (this.json) this.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    else {
      const text = human()
      if (text) this.print(text.endsWith('\n') ? text : `${text}\n`)
    }
  }

  /** A document for stdout as it is (a printed form, a report), made safe for the terminal. */
  print(text: string): void {
    this.stdout.write(terminalText(text, this.c.enabled))
  }

  /**
   * The width prose may take on stdout: the terminal's columns, or undefined when stdout is
   * not a terminal (a pipe, a file: nothing is folded, a script reads whole lines).
   */
  get width(): number | undefined {
    return this.stdout.isTTY ? this.stdout.columns : undefined
  }

  /** Text for the person at the terminal on stderr, even with --json (an interactive step: a table, lines to confirm). */
  show(text: string): void {
    this.stderr.write(terminalText(`${text}\n`, this.ce.enabled))
  }

  /** A message on stderr, folded on a terminal to its width between words (render/wrap.ts); never a table. */
  private say(text: string): void {
    const width = this.stderr.isTTY ? this.stderr.columns : undefined
    this.show(width ? text.split('\n').map((line) => wrapProse(line, width, hangingIndent(line))).join('\n') : text)
  }

  /** A short message for the person at the terminal (stderr; silent with --json), folded to its width. */
  note(text: string): void {
    if (!this.json) this.say(text)
  }

  /** A success line naming what happened, on stderr, with a tick. */
  done(text: string): void {
    this.note(`${this.ce.green('✓')} ${text}`)
  }

  /** The next command to run, on stderr. */
  next(command: string): void {
    this.note(`  ${tr('program.next')}${this.ce.cyan(command)}`)
  }

  warn(text: string): void {
    if (!this.json) this.say(`${this.ce.yellow('!')} ${text}`)
  }
}
