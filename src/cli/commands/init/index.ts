import type { Command } from 'commander'
import * as init from './init.js'

/** `init [--demo]`: the one command that may run before the desk (or any user) exists. */
export function registerInit(program: Command): void {
  init.register(program)
}
