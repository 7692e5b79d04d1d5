import { VERSION } from '../version.js'

/**
 * Entry point: parse, run, and map any error to its exit code in one place.
 * `--version` answers before the command tree is even loaded.
 */
// A closed pipe (`orderdesk order list | head`) ends the output quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
}

async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2)
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`)
    return 0
  }
  const json = args.includes('--json')
  const [{ buildProgram }, { handleError }] = await Promise.all([import('./program.js'), import('./handle-error.js')])
  try {
    await (await buildProgram(argv)).parseAsync(argv)
    return 0
  } catch (e) {
    return handleError(e, { json })
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    // control characters shown as \uXXXX, as everywhere (domain/text-rules.ts; not imported here)
    const text = String(e).replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    process.stderr.write(`orderdesk: internal error: ${text}\n`)
    process.exitCode = 1
  },
)
