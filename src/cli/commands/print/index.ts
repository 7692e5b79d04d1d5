import type { Command } from 'commander'
import * as form from './form.js'

/** `print <form> <ref>`: the documents of the procedure as paper forms. */
export function registerPrint(program: Command): void {
  form.register(program)
}
