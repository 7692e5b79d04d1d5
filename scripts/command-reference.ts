// Writes the command reference from the command tree (`npm run docs:commands`): docs/commands.md
// in English and docs/zh-CN/commands.md in Chinese. Run it after changing a command, an option
// or its help words; test/unit/command-reference.test.ts fails until both files are current.
import { mkdirSync, writeFileSync } from 'node:fs'
import { REFERENCES } from '../src/cli/command-reference.js'
import { buildProgram } from '../src/cli/program.js'
import { commandReference } from '../src/cli/command-reference.js'

for (const { language, file } of REFERENCES) {
  const url = new URL(`../${file}`, import.meta.url)
  mkdirSync(new URL('.', url), { recursive: true })
  writeFileSync(url, commandReference(await buildProgram(['node', 'orderdesk', '--lang', language])))
  console.log(`wrote ${url.pathname}`)
}
