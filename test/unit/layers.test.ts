import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The import rules of the layers (DEVELOPMENT.md): which folder of src/ may import which.
 * Type-only imports count too: a type names what a layer knows about.
 */
const MAY_IMPORT: Record<string, string[]> = {
  domain: [],
  store: ['domain'],
  services: ['store', 'read', 'domain', 'demo'],
  read: ['store', 'domain'],
  messages: ['domain'],
  render: ['read', 'messages', 'domain'],
  cli: ['services', 'read', 'render', 'messages', 'domain'],
  demo: ['domain'],
}

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })
}

/** The relative modules a file imports: static imports, re-exports and dynamic import(). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s+['"](\.[^'"]+)['"]/g), ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)]
  return found.map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')))
}

const layerOf = (file: string): string | null => {
  const rel = relative(SRC, file).split('/')
  return rel.length > 1 ? rel[0]! : null // files at the top of src/ (version.ts) belong to no layer
}

const ALL = files(SRC)

describe('layers', () => {
  it('every folder of src/ is a layer with rules', () => {
    const layers = new Set(ALL.map(layerOf).filter((l): l is string => l !== null))
    expect([...layers].filter((l) => !(l in MAY_IMPORT))).toEqual([])
  })

  it('each layer imports only what it may (cli ↛ store, render ↛ services/store, domain ↛ anything, store ↛ services/cli)', () => {
    const wrong: string[] = []
    for (const file of ALL) {
      const from = layerOf(file)
      if (!from) continue
      for (const target of importsOf(file)) {
        const to = layerOf(target)
        if (!to || to === from) continue
        if (!MAY_IMPORT[from]!.includes(to)) wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('no import loops in store', () => {
    const store = ALL.filter((f) => layerOf(f) === 'store')
    const edges = new Map(store.map((f) => [f, importsOf(f).filter((t) => layerOf(t) === 'store')]))
    const loops: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return
      if (state.get(f) === 'open') {
        loops.push([...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(' → '))
        return
      }
      state.set(f, 'open')
      for (const t of edges.get(f) ?? []) visit(t, [...path, f])
      state.set(f, 'done')
    }
    for (const f of store) visit(f, [])
    expect(loops).toEqual([])
  })

  it('no command text (`orderdesk …`) below cli and render: the words come from the catalogue', () => {
    const below = ALL.filter((f) => ['domain', 'services', 'store', 'read'].includes(layerOf(f) ?? ''))
    const hits = below.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(SRC, f)}:${i + 1}` }))
        .filter(({ line }) => /orderdesk /.test(line.replace(/^\s*(\/\*\*?|\*|\/\/).*$/, '')))
        .map(({ at }) => at),
    )
    expect(hits).toEqual([])
  })
})
