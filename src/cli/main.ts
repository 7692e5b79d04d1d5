import { buildProgram } from './program.js'
import { handleError } from './handle-error.js'

/** Entry point: parse, run, and map any error to its exit code in one place. */
async function main(argv: string[]): Promise<number> {
  const program = buildProgram()
  try {
    await program.parseAsync(argv)
    return 0
  } catch (e) {
    const json = argv.includes('--json')
    return handleError(e, { json })
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code
  },
  (e) => {
    process.stderr.write(`orderdesk: internal error: ${String(e)}\n`)
    process.exitCode = 1
  },
)
