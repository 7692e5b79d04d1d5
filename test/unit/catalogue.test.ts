import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/messages/en/index.js'
import { zhCN, zhCNHelp } from '../../src/messages/zh-CN/index.js'
import { enHelp } from '../../src/messages/en/help.js'
import { keysOf } from '../../src/messages/words.js'

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

// Where the words live (the keys are declared and worded there, not used).
const CATALOGUE = [join('src', 'messages'), join('src', 'domain', 'messages')]

describe('the message catalogues', () => {
  it('have the same keys in English and Chinese (a missing one does not compile either)', () => {
    expect(keysOf(zhCN).sort()).toEqual(keysOf(en).sort())
    expect(Object.keys(zhCNHelp).sort()).toEqual(Object.keys(enHelp).sort())
  })

  it('hold no key that nothing uses: each key is written out where it is said', () => {
    const code = sources('src')
      .filter((f) => !CATALOGUE.some((dir) => f.startsWith(dir + '/')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const unused = keysOf(en).filter((key) => !code.includes(`'${key}'`))
    expect(unused).toEqual([])
  })
})
