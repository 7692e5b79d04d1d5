// Bundles the CLI into dist/ with esbuild: one entry file plus lazily loaded chunks
// (prompts, demo data, ...) so that a command only parses the code it runs.
import { build } from 'esbuild'
import { readFileSync, rmSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
// `--outdir dist-x` builds elsewhere (parallel work must not pull dist/ from under running tests)
const i = process.argv.indexOf('--outdir')
const outdir = i > 0 ? process.argv[i + 1] : 'dist'
rmSync(new URL(`../${outdir}`, import.meta.url), { recursive: true, force: true })
const result = await build({
  entryPoints: { main: 'src/cli/main.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  // native or only needed for a PostgreSQL desk (loaded lazily): from node_modules at run time
  external: ['better-sqlite3', 'pg'],
  define: { ORDERDESK_VERSION: JSON.stringify(pkg.version) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  legalComments: 'none',
  minifySyntax: true,
  minifyWhitespace: true,
  metafile: true,
  logLevel: 'warning',
})
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild')
  console.log(await analyzeMetafile(result.metafile))
}
