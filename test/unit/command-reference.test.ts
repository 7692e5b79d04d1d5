import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { REFERENCES, commandReference } from '../../src/cli/command-reference.js'
import { helpKeyOf, helpOf } from '../../src/cli/help.js'
import { buildProgram } from '../../src/cli/program.js'


/** Every command below orderdesk, depth first. */
function commandsOf(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => [c, ...commandsOf(c)])
}

const pathOf = (cmd: Command): string => (cmd.parent ? `${pathOf(cmd.parent)} ${cmd.name()}`.trim() : '')

/** The command references are written from the command tree; these keep them, and the help they show, honest. */
describe('the command reference', () => {
  it.each(REFERENCES)('$file is what the command tree says in $language (else run `npm run docs:commands`)', async ({ language, file }) => {
    const fresh = commandReference(await buildProgram(['node', 'orderdesk', '--lang', language]))
    const onDisk = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    expect(onDisk, `${file} is stale: run \`npm run docs:commands\` and commit the file`).toBe(fresh)
  })

  it('lists every command of the tree', async () => {
    const program = await buildProgram()
    const text = commandReference(program)
    const missing = commandsOf(program).filter((c) => !text.includes(`\n## orderdesk ${pathOf(c)}\n`) && !text.includes(`\n### orderdesk ${pathOf(c)}\n`))
    expect(missing.map(pathOf)).toEqual([])
  })

  // Switch on once every command group's help words are in src/messages/en/help/ (issue 17's
  // helpers add them per group; until then only `invoice issue` has them).
  it('every runnable command (one without subcommands) says who may run it and gives an example', async () => {
    const program = await buildProgram()
    const lacking = commandsOf(program)
      .filter((c) => c.commands.length === 0)
      .filter((c) => {
        const key = helpKeyOf(c)
        const h = key === undefined ? undefined : helpOf(key)
        return h?.who === undefined || h.example === undefined
      })
    expect(lacking.map(pathOf)).toEqual([])
  })
})
