#!/usr/bin/env python3
"""Drive an interactive command through a real pseudo-terminal.

Used by the vitest end-to-end tests (see ./pty.ts). Standard library only.

Usage: python3 pty-driver.py  < spec.json

spec (one JSON object on stdin):
  {
    "argv":    ["node", "/abs/bin/orderdesk", "inquiry", "new"],   # required
    "env":     {...},       # full environment for the child (default: our own)
    "cwd":     "/path",     # default: our cwd
    "cols":    100,         # terminal size (default 100 x 40)
    "rows":    40,
    "timeout": 15,          # overall seconds, from spawn until the child exits (default 30)
    "steps": [
      {"expect": "Your name\\?"},     # Python regex, searched in ANSI-stripped output
      {"send": "Ada\\r", "delay": 0.3},
      {"expect": "x.y", "literal": true, "timeout": 5},
      {"delay": 0.5}                  # just wait (keeps reading output)
    ]
  }

Step semantics
  expect   Python `re.search` over the ANSI-stripped output received since the end
           of the previous successful match (pexpect-style: the matched text and
           everything before it is consumed). "literal": true escapes the pattern.
           Per-step timeout: "timeout" (default 10 s), capped by the overall timeout.
           Fails immediately if the child exits before the pattern appears.
  send     Writes the text (UTF-8) to the pty master, then waits "delay" seconds
           (default 0.15) while still reading output. JSON escapes work as usual:
           "\\r" Enter, "\\u001b[B" down arrow, "\\u0003" Ctrl-C, "\\u007f" Backspace.
  A step with both expect and send does the expect first, then the send.
  A step with only "delay" just waits.

After the last step the driver keeps reading until the child exits (or the
overall timeout passes, in which case the child's process group is killed).

Result (exactly one JSON object on stdout):
  {"ok": bool, "exitCode": int|null, "output": str (ANSI stripped), "rawOutput": str,
   "failedStep": int|null, "error": str|null}
exitCode is the child's exit status, or 128+N if it died from signal N
(including signals the driver sent to kill it), or null if it could not be reaped.

Stripped output: CSI / OSC / other escape sequences are removed, "\\r\\n" and lone
"\\r" become "\\n", and other C0 control characters (except \\t and \\n) are dropped.
"""

import codecs
import errno
import fcntl
import json
import os
import re
import select
import signal
import struct
import sys
import termios
import time

DEFAULT_STEP_TIMEOUT = 10.0
DEFAULT_OVERALL_TIMEOUT = 30.0
DEFAULT_SEND_DELAY = 0.15
KILL_GRACE = 1.0          # seconds between SIGTERM and SIGKILL
EXIT_DRAIN_IDLE = 0.25    # after the child is reaped: stop once output is idle this long

# CSI (ESC [ ... final), also 8-bit CSI; OSC / DCS / PM / APC strings; an
# escape sequence cut off at the end of the data so far (group "partial");
# charset designations (ESC ( B); other two-byte escapes (ESC 7, ESC M, ...).
# Order matters: alternatives are tried left to right at each position.
_ANSI_RE = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                       # CSI
  | \x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c)                    # OSC/DCS/SOS/PM/APC
  | (?P<partial>
        (?:\x1b\[|\x9b)[0-?]*[ -/]*\Z
      | \x1b[\]PX^_][^\x07\x9c]*\Z
      | \x1b[ -/]*\Z
    )
  | \x1b[()*+\-./][ -~]                                    # charset designation
  | \x1b[ -/]*[0-~]                                        # other escapes
    """,
    re.VERBOSE | re.DOTALL,
)
MAX_PENDING = 4096  # never hold back more than this waiting for a sequence to finish
_CTRL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def strip_ansi(text):
    text = _ANSI_RE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CTRL_RE.sub("", text)


class StepFailed(Exception):
    pass


class Session:
    def __init__(self, argv, env, cwd, cols, rows, overall_timeout):
        self.start = time.monotonic()
        self.deadline = self.start + overall_timeout
        self.overall_timeout = overall_timeout
        self.raw = []                      # decoded chunks
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.eof = False                   # master returned EIO/EOF
        self.status = None                 # raw wait status once reaped
        self.pid = None
        self.master = None
        self.consumed = 0                  # offset into stripped output
        self._stripped = []                # stripped chunks (stable prefix)
        self._pending = ""                 # raw tail not yet stripped (partial escape / CR)
        self._stripped_cache = None        # joined self._stripped, or None if stale
        self._spawn(argv, env, cwd, cols, rows)

    # ---------------------------------------------------------------- spawn
    def _spawn(self, argv, env, cwd, cols, rows):
        master, slave = os.openpty()
        # Set the size on the slave before fork so the child never sees 0x0.
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        err_r, err_w = os.pipe()           # non-inheritable: closes on successful exec
        pid = os.fork()
        if pid == 0:  # child
            try:
                os.close(master)
                os.close(err_r)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                # Python ignores these; ignored dispositions survive exec.
                for sig in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGINT,
                            signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
                    signal.signal(sig, signal.SIG_DFL)
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, env)
            except BaseException as e:  # noqa: BLE001 - report anything to the parent
                try:
                    os.write(err_w, ("%s: %s" % (type(e).__name__, e)).encode("utf-8", "replace"))
                finally:
                    os._exit(127)
        # parent
        os.close(slave)
        os.close(err_w)
        self.pid = pid
        self.master = master
        msg = b""
        while True:
            chunk = os.read(err_r, 4096)
            if not chunk:
                break
            msg += chunk
        os.close(err_r)
        if msg:
            self._reap(block=True)
            raise StepFailed("failed to start %r: %s" % (argv, msg.decode("utf-8", "replace")))

    # ---------------------------------------------------------------- process
    def _reap(self, block=False):
        if self.status is not None or self.pid is None:
            return self.status is not None
        try:
            pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
        except ChildProcessError:
            self.status = -1
            return True
        if pid == 0:
            return False
        self.status = status
        return True

    def exit_code(self):
        if self.status is None or self.status == -1:
            return None
        if os.WIFEXITED(self.status):
            return os.WEXITSTATUS(self.status)
        if os.WIFSIGNALED(self.status):
            return 128 + os.WTERMSIG(self.status)
        return None

    def exited(self):
        return self._reap()

    def _signal_group(self, sig):
        for target in (lambda: os.killpg(self.pid, sig), lambda: os.kill(self.pid, sig)):
            try:
                target()
                return
            except (ProcessLookupError, PermissionError):
                continue

    def kill(self):
        """SIGTERM the child's process group, then SIGKILL; always reaps."""
        if self.pid is None:
            return
        if not self._reap():
            self._signal_group(signal.SIGTERM)
            end = time.monotonic() + KILL_GRACE
            while time.monotonic() < end and not self._reap():
                self._pump(0.05)
        if not self._reap():
            self._signal_group(signal.SIGKILL)
            end = time.monotonic() + 2.0
            while time.monotonic() < end and not self._reap():
                self._pump(0.05)
        else:
            # Leader is gone; make sure no stragglers keep the pty busy.
            self._signal_group(signal.SIGKILL)
        self._pump(0.05)

    # ---------------------------------------------------------------- io
    def _pump(self, timeout):
        """Wait up to `timeout` for output; read what is available. Returns True if data arrived."""
        if self.eof:
            if timeout > 0:
                time.sleep(min(timeout, 0.05))
            return False
        try:
            r, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        except InterruptedError:
            return False
        if not r:
            return False
        try:
            data = os.read(self.master, 65536)
        except OSError as e:
            if e.errno in (errno.EIO, errno.EBADF):
                data = b""
            else:
                raise
        if not data:
            self.eof = True
            tail = self.decoder.decode(b"", final=True)
            if tail:
                self._append(tail)
            return False
        text = self.decoder.decode(data)
        if text:
            self._append(text)
        return True

    def _append(self, text):
        """Record raw text and strip it incrementally (linear in total output)."""
        self.raw.append(text)
        buf = self._pending + text
        cut = len(buf)
        last = None
        for last in _ANSI_RE.finditer(buf):
            pass
        if last is not None and last.group("partial") and len(buf) - last.start() < MAX_PENDING:
            cut = last.start()             # unfinished escape sequence: hold it back
        if cut > 0 and buf[cut - 1] == "\r":
            cut -= 1                       # might be the first half of CRLF
        if cut > 0:
            self._stripped.append(strip_ansi(buf[:cut]))
            self._stripped_cache = None
        self._pending = buf[cut:]

    def raw_text(self):
        return "".join(self.raw)

    def stripped(self):
        """Stripped output so far, excluding a possibly-unfinished trailing escape/CR."""
        if self._stripped_cache is None:
            self._stripped = ["".join(self._stripped)]
            self._stripped_cache = self._stripped[0]
        return self._stripped_cache

    def final_stripped(self):
        return self.stripped() + strip_ansi(self._pending)

    def remaining(self):
        return self.deadline - time.monotonic()

    def expect(self, pattern, step_timeout):
        end = min(time.monotonic() + step_timeout, self.deadline)
        while True:
            text = self.stripped()
            m = pattern.search(text, self.consumed)
            if m:
                self.consumed = m.end()
                return
            now = time.monotonic()
            if self.eof or self.exited():
                # Drain anything still buffered, then give up if still no match.
                while self._pump(0.05):
                    pass
                m = pattern.search(self.stripped(), self.consumed)
                if m:
                    self.consumed = m.end()
                    return
                if self.exited():
                    raise StepFailed("child exited (code %s) before output matched /%s/"
                                     % (self.exit_code(), pattern.pattern))
                if self.eof:
                    # pty closed but child not reaped yet; wait a bit for it
                    pass
            if now >= end:
                which = "overall timeout (%gs)" % self.overall_timeout if end >= self.deadline \
                    else "timeout (%gs)" % step_timeout
                raise StepFailed("%s waiting for /%s/" % (which, pattern.pattern))
            self._pump(min(0.1, end - now))

    def send(self, text, delay):
        if self.exited():
            raise StepFailed("child exited (code %s) before send" % self.exit_code())
        data = text.encode("utf-8")
        while data:
            if self.remaining() <= 0:
                raise StepFailed("overall timeout (%gs) while sending" % self.overall_timeout)
            try:
                _, w, _ = select.select([], [self.master], [], 0.1)
            except InterruptedError:
                continue
            if not w:
                self._pump(0)  # keep the child's output flowing so it can read
                continue
            try:
                n = os.write(self.master, data)
            except OSError as e:
                if e.errno in (errno.EIO, errno.EBADF):
                    raise StepFailed("pty closed before send (child exited?)")
                if e.errno == errno.EAGAIN:
                    continue
                raise
            data = data[n:]
        self.wait(delay)

    def wait(self, seconds):
        end = min(time.monotonic() + max(0.0, seconds), self.deadline)
        while True:
            now = time.monotonic()
            if now >= end:
                break
            self._pump(end - now)

    def wait_exit(self):
        """Read until the child exits and its output is drained. False on overall timeout."""
        idle_since = None
        while True:
            if self.exited():
                if self.eof:
                    return True
                got = self._pump(0.05)
                if got:
                    idle_since = None
                else:
                    idle_since = idle_since or time.monotonic()
                    # a grandchild may hold the pty open; don't wait for it forever
                    if time.monotonic() - idle_since >= EXIT_DRAIN_IDLE:
                        return True
                continue
            if self.remaining() <= 0:
                return False
            self._pump(min(0.1, self.remaining()))

    def close(self):
        if self.master is not None:
            try:
                os.close(self.master)
            except OSError:
                pass
            self.master = None


def emit(result):
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


def main():
    session = None
    result = {"ok": False, "exitCode": None, "output": "", "rawOutput": "",
              "failedStep": None, "error": None}

    def on_signal(signum, _frame):
        raise KeyboardInterrupt("driver received signal %d" % signum)

    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, on_signal)

    step_index = None
    try:
        try:
            spec = json.loads(sys.stdin.read())
        except ValueError as e:
            raise StepFailed("invalid JSON spec on stdin: %s" % e)
        if not isinstance(spec, dict):
            raise StepFailed("spec must be a JSON object")
        argv = spec.get("argv")
        if not isinstance(argv, list) or not argv or not all(isinstance(a, str) for a in argv):
            raise StepFailed("spec.argv must be a non-empty array of strings")
        env = spec.get("env")
        env = dict(os.environ) if env is None else {str(k): str(v) for k, v in env.items() if v is not None}
        env.setdefault("TERM", "xterm-256color")
        steps = spec.get("steps") or []
        overall = float(spec.get("timeout") or DEFAULT_OVERALL_TIMEOUT)
        cols = int(spec.get("cols") or 100)
        rows = int(spec.get("rows") or 40)
        # Validate steps up front so a typo doesn't leave a half-driven child around.
        compiled = []
        for i, step in enumerate(steps):
            step_index = i
            if not isinstance(step, dict) or not any(k in step for k in ("expect", "send", "delay")):
                raise StepFailed("step %d must have expect, send or delay" % i)
            pat = None
            if "expect" in step:
                src = str(step["expect"])
                try:
                    pat = re.compile(re.escape(src) if step.get("literal") else src)
                except re.error as e:
                    raise StepFailed("step %d: bad regex %r: %s" % (i, src, e))
            compiled.append(pat)
        step_index = None

        session = Session(argv, env, spec.get("cwd"), cols, rows, overall)

        for i, step in enumerate(steps):
            step_index = i
            if compiled[i] is not None:
                session.expect(compiled[i], float(step.get("timeout") or DEFAULT_STEP_TIMEOUT))
            if "send" in step:
                delay = step.get("delay")
                session.send(str(step["send"]), DEFAULT_SEND_DELAY if delay is None else float(delay))
            elif "expect" not in step and "delay" in step:
                session.wait(float(step["delay"]))
        step_index = None

        if not session.wait_exit():
            raise StepFailed("overall timeout (%gs) waiting for the child to exit" % overall)
        result["ok"] = True
    except StepFailed as e:
        result["error"] = str(e)
        result["failedStep"] = step_index
    except KeyboardInterrupt as e:
        result["error"] = str(e) or "interrupted"
        result["failedStep"] = step_index
    except Exception as e:  # noqa: BLE001 - always answer with JSON
        result["error"] = "driver error: %s: %s" % (type(e).__name__, e)
        result["failedStep"] = step_index
    finally:
        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(sig, signal.SIG_IGN)
        if session is not None:
            try:
                if not result["ok"]:
                    session.kill()
                session.close()
                session._reap()
            except Exception as e:  # noqa: BLE001
                result["error"] = (result["error"] or "") + " (cleanup error: %s)" % e
            result["exitCode"] = session.exit_code()
            result["rawOutput"] = session.raw_text()
            result["output"] = session.final_stripped()
        emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
