// Bundles the CLI with esbuild into dist/main.cjs (plus dist/import-worker.cjs, the import's
// reader thread, and dist/zh-CN.cjs, the Chinese words), then warms dist/main.cjs.cache, the V8
// code cache bin/orderdesk starts from (and zh-CN.cjs.cache).
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
import { join, relative, resolve, sep } from 'node:path'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
// `--outdir dist-x` builds elsewhere (parallel work must not pull dist/ from under running tests)
const i = process.argv.indexOf('--outdir')
const outdir = resolve(i > 0 ? process.argv[i + 1] : 'dist')
rmSync(outdir, { recursive: true, force: true })
// The Chinese words are a bundle of their own, dist/zh-CN.cjs, loaded only by a command that
// speaks Chinese (scripts/bundle/load-words.cjs): in main.cjs they were 0.2 MB of source and
// 0.14 MB of code cache that every English command read and deserialized (~3 ms). What they
// import from outside src/messages/zh-CN/ is not bundled again but named `orderdesk:<path>`
// and handed over by the bundle that loads them, so that there is one `say` and one state.
const SRC = resolve('src')
const ZH = join(SRC, 'messages', 'zh-CN')
const shared = new Set()
const sharedName = (file) => `orderdesk:${relative(SRC, file).replace(/\\/g, '/').replace(/\.ts$/, '')}`
const fromTheBundle = {
  name: 'words-share-the-bundle',
  setup(b) {
    b.onResolve({ filter: /^\./ }, (args) => {
      const file = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'))
      if (file.startsWith(ZH + sep)) return undefined
      shared.add(file)
      return { path: sharedName(file), external: true }
    })
  },
}
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir,
  outExtension: { '.js': '.cjs' },
  legalComments: 'none',
  minifySyntax: true,
  minifyWhitespace: true,
  logLevel: 'warning',
}
await build({ ...common, entryPoints: { 'zh-CN': 'src/messages/zh-CN/index.ts' }, plugins: [fromTheBundle] })
// where messages/index.ts imports the Chinese catalogue, the bundles load dist/zh-CN.cjs instead
const loadsTheWords = {
  name: 'load-the-words',
  setup(b) {
    b.onResolve({ filter: /^\.\/zh-CN\/index\.js$/ }, (args) =>
      args.importer === join(SRC, 'messages', 'index.ts') ? { path: 'zh-CN', namespace: 'words' } : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'words' }, () => {
      const files = [...shared].sort()
      const contents = [
        `import loadWords from ${JSON.stringify(resolve('scripts/bundle/load-words.cjs'))}`,
        ...files.map((f, k) => `import * as m${k} from ${JSON.stringify(f)}`),
        `const zh = loadWords(__dirname, 'zh-CN.cjs', { ${files.map((f, k) => `${JSON.stringify(sharedName(f))}: m${k}`).join(', ')} })`,
        'export const zhCN = zh.zhCN',
        'export const zhCNHelp = zh.zhCNHelp',
      ].join('\n')
      return { contents, loader: 'js', resolveDir: SRC }
    })
  },
}
const result = await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts', 'import-worker': 'src/cli/import-worker.ts' },
  // native, or only needed for a PostgreSQL desk (required lazily): from node_modules at run time
  external: ['better-sqlite3', 'pg'],
  define: { ORDERDESK_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__orderdesk_url' },
  banner: { js: "const __orderdesk_url = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [loadsTheWords],
  metafile: true,
})
// The bundle must be ASCII: esbuild escapes non-ASCII in strings but not in regex literals, and
// one such byte makes V8 decode all of main.cjs as UTF-8 at every start (+28M instructions,
// ~8 ms, for `order show`). Build such a pattern from a string (render/wrap.ts shows how).
for (const name of ['main.cjs', 'import-worker.cjs', 'zh-CN.cjs']) {
  const bytes = readFileSync(join(outdir, name))
  const at = bytes.findIndex((b) => b > 0x7f)
  if (at >= 0) {
    const around = bytes.subarray(Math.max(0, at - 60), at + 20).toString('utf8')
    console.error(`build: ${name} is not ASCII at byte ${at}: …${around}…\n(a regex literal with non-ASCII in it? build it with new RegExp('…') instead)`)
    process.exit(1)
  }
}
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild')
  console.log(await analyzeMetafile(result.metafile))
}

// Warm the code caches with a typical read (the store, kysely, commander and the renderers get
// compiled), in Chinese and in English; bin/orderdesk and load-words.cjs rewrite them if this
// node rejects them.
if (!process.argv.includes('--no-warm')) {
  const dir = mkdtempSync(join(tmpdir(), 'orderdesk-build-'))
  try {
    const env = { ...process.env, ORDERDESK_DB: join(dir, 'warm.db'), ORDERDESK_USER: 'li', ORDERDESK_TODAY: '2026-11-26', NO_COLOR: '1', ORDERDESK_DIST: outdir }
    const bin = new URL('../bin/orderdesk', import.meta.url).pathname
    const run = (args, extra = {}) => spawnSync(process.execPath, [bin, ...args], { env: { ...env, ...extra }, stdio: 'ignore' })
    run(['init', '--demo'], { ORDERDESK_CODE_CACHE: 'off' })
    run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=10', '--source-ref', 'WARM-1'], { ORDERDESK_CODE_CACHE: 'off' })
    // Chinese first (it writes zh-CN.cjs.cache, and main.cjs.cache, which the English run then rewrites)
    const zh = run(['order', 'show', '26-00001', '--lang', 'zh-CN'], { ORDERDESK_CODE_CACHE: 'write' })
    const r = run(['order', 'show', '26-00001'], { ORDERDESK_CODE_CACHE: 'write' })
    if (r.status !== 0 || zh.status !== 0) console.warn('build: warming the code cache failed (orderdesk still works, it starts slower until it writes its own)')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
