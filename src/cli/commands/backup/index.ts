import type { Command } from 'commander'
import * as backup from './backup.js'

/** `backup <file>`: an online copy of the desk, checked before it is put in place. */
export function registerBackup(program: Command): void {
  backup.register(program)
}
