// Writes docs/commands.md, the command reference, from the command tree (`npm run docs:commands`).
// Run it after changing a command, an option or its help words; test/unit/command-reference.test.ts
// fails until the file is current.
import { writeFileSync } from 'node:fs'
import { commandReference } from '../src/cli/command-reference.js'
import { buildProgram } from '../src/cli/program.js'

const file = new URL('../docs/commands.md', import.meta.url)
writeFileSync(file, commandReference(await buildProgram()))
console.log(`wrote ${file.pathname}`)
