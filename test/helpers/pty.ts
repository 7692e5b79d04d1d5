/**
 * Drive an interactive command through a real pseudo-terminal (via ./pty-driver.py,
 * python3 standard library only — no native node modules).
 *
 * Example:
 *   const r = await runInPty(['node', BIN, 'inquiry', 'new'], [
 *     { expect: 'Customer name' },
 *     { send: 'Acme\r' },
 *     { expect: 'Priority' },
 *     { send: '\u001b[B' },          // down arrow
 *     { send: '\r' },
 *   ]);
 *   expect(r.ok, r.error ?? '').toBe(true);
 *   expect(r.exitCode).toBe(0);
 *
 * Step semantics (see pty-driver.py for details):
 *   - expect: Python regex searched in the ANSI-stripped output since the end of the
 *     previous match (`literal: true` escapes it). `timeout` = per-step seconds (default 10).
 *   - send: text written to the pty, then `delay` seconds of waiting (default 0.15).
 *   - { delay } alone just waits.
 */
import { execa } from 'execa';
import { fileURLToPath } from 'node:url';

export interface PtyStep {
  /** Python regular expression (unless `literal`), matched against ANSI-stripped output. */
  expect?: string;
  /** Treat `expect` as plain text instead of a regex. */
  literal?: boolean;
  /** Text to write to the terminal, e.g. 'abc\r', '\u001b[B' (down), '\u0003' (Ctrl-C). */
  send?: string;
  /** Seconds to wait after `send` (default 0.15), or on its own: just wait. */
  delay?: number;
  /** Seconds allowed for this step's `expect` (default 10). */
  timeout?: number;
}

export interface PtyResult {
  ok: boolean;
  /** Child exit status; 128+N if it died from signal N; null if unknown/not started. */
  exitCode: number | null;
  /** All output, ANSI stripped, CR/CRLF normalised to LF. */
  output: string;
  /** All output as received (UTF-8 decoded). */
  rawOutput: string;
  failedStep: number | null;
  error: string | null;
}

export interface PtyOptions {
  /** Merged over process.env; an `undefined` value removes the variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  cols?: number;
  rows?: number;
  /** Overall seconds from spawn until the child must have exited (default 30). */
  timeout?: number;
}

const DRIVER = fileURLToPath(new URL('./pty-driver.py', import.meta.url));
const DEFAULT_TIMEOUT = 30;

export async function runInPty(argv: string[], steps: PtyStep[], opts: PtyOptions = {}): Promise<PtyResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...opts.env })) {
    if (v !== undefined) env[k] = v;
  }
  if (!env.TERM || env.TERM === 'dumb') env.TERM = 'xterm-256color';

  const timeout = opts.timeout ?? DEFAULT_TIMEOUT;
  const spec = {
    argv,
    env,
    cwd: opts.cwd ?? process.cwd(),
    cols: opts.cols ?? 100,
    rows: opts.rows ?? 40,
    timeout,
    steps,
  };

  const proc = await execa(process.env.PTY_PYTHON ?? 'python3', [DRIVER], {
    input: JSON.stringify(spec),
    reject: false,
    stripFinalNewline: true,
    // The driver enforces `timeout` itself (incl. kill grace); this is only a backstop.
    timeout: (timeout + 10) * 1000,
    killSignal: 'SIGTERM',
    forceKillAfterDelay: 3000,
  });

  const line = proc.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as PtyResult;
  } catch {
    throw new Error(
      `pty-driver.py produced no JSON result (exit ${proc.exitCode ?? proc.signal}` +
        `${proc.timedOut ? ', timed out' : ''}):\nstdout: ${proc.stdout}\nstderr: ${proc.stderr}`,
    );
  }
}
