import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Every relative link in the docs leads somewhere: the file exists and, for `file.md#anchor`,
 * the file has a heading with that anchor (as GitHub makes them). Docs that moved once left
 * pointers to files that were gone; this keeps the next move honest.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/** The Markdown files of a folder of docs/ (the Chinese docs are in docs/zh-CN/). */
const mdIn = (dir: string): string[] => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`)
const DOCS = ['README.md', 'DEVELOPMENT.md', 'bench/README.md', ...mdIn('docs'), ...mdIn('docs/zh-CN')]

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens; repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const anchors = new Set<string>()
  for (const line of withoutFences(markdown).split('\n')) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (!m) continue
    const base = m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    anchors.add(n ? `${base}-${n}` : base)
  }
  return anchors
}

/** The text outside fenced code blocks (a `# comment` in a shell block is no heading). */
function withoutFences(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '')
}

/** The text outside fenced code blocks and code spans (a `[x](y)` in code is no link). */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '')
}

/** The relative links of a file: `[text](target)`, without web addresses. */
function linksOf(markdown: string): string[] {
  return [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/i.test(t))
}

describe('links in the docs', () => {
  it.each(DOCS)('%s: every relative link resolves', (doc) => {
    const broken: string[] = []
    for (const link of linksOf(readFileSync(join(ROOT, doc), 'utf8'))) {
      const [path, anchor] = link.split('#') as [string, string | undefined]
      const target = path ? resolve(dirname(join(ROOT, doc)), path) : join(ROOT, doc)
      if (!existsSync(target)) broken.push(`${link}: no ${relative(ROOT, target)}`)
      else if (anchor && (statSync(target).isDirectory() || !anchorsOf(readFileSync(target, 'utf8')).has(anchor))) broken.push(`${link}: no heading #${anchor}`)
    }
    expect(broken).toEqual([])
  })
})
