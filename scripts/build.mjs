// Bundles the CLI with esbuild into dist/main.cjs (plus dist/import-worker.cjs, the import's
// reader thread), then warms dist/main.cjs.cache, the V8 code cache bin/orderdesk starts from.
//
// Why one CommonJS file and a code cache: a clerk's command should start almost as fast as
// bare `node`. ESM chunks cost a module-loader round per chunk (30+ for one command), and
// compiling ~400 KB of JavaScript on every start is most of the rest; one file, compiled
// once and cached, measured 1.5× bare node for `order show --json` against 2.1× before
// (README, Performance). Command groups stay lazy inside the file: their code is parsed but
// only run when their command is.
//
//   node scripts/build.mjs [--outdir dist-x] [--analyze] [--no-warm]
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
// `--outdir dist-x` builds elsewhere (parallel work must not pull dist/ from under running tests)
const i = process.argv.indexOf('--outdir')
const outdir = resolve(i > 0 ? process.argv[i + 1] : 'dist')
rmSync(outdir, { recursive: true, force: true })
const result = await build({
  entryPoints: { main: 'src/cli/main.ts', 'import-worker': 'src/cli/import-worker.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir,
  outExtension: { '.js': '.cjs' },
  // native, or only needed for a PostgreSQL desk (required lazily): from node_modules at run time
  external: ['better-sqlite3', 'pg'],
  define: { ORDERDESK_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__orderdesk_url' },
  banner: { js: "const __orderdesk_url = require('node:url').pathToFileURL(__filename).href;" },
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

// Warm the code cache with a typical read (the store, kysely, commander and the renderers get
// compiled); bin/orderdesk rewrites it if this node rejects it.
if (!process.argv.includes('--no-warm')) {
  const dir = mkdtempSync(join(tmpdir(), 'orderdesk-build-'))
  try {
    const env = { ...process.env, ORDERDESK_DB: join(dir, 'warm.db'), ORDERDESK_USER: 'li', ORDERDESK_TODAY: '2026-11-26', NO_COLOR: '1', ORDERDESK_DIST: outdir }
    const bin = new URL('../bin/orderdesk', import.meta.url).pathname
    const run = (args, extra = {}) => spawnSync(process.execPath, [bin, ...args], { env: { ...env, ...extra }, stdio: 'ignore' })
    run(['init', '--demo'], { ORDERDESK_CODE_CACHE: 'off' })
    run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=10', '--source-ref', 'WARM-1'], { ORDERDESK_CODE_CACHE: 'off' })
    const r = run(['order', 'show', '26-00001'], { ORDERDESK_CODE_CACHE: 'write' })
    if (r.status !== 0) console.warn('build: warming the code cache failed (orderdesk still works, it starts slower until it writes its own)')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
