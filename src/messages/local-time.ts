/**
 * A moment as the clerk's clock shows it, for "locked until …": `14:47`, or `2026-11-27 00:05`
 * when that is not today (local time), rounded up to the minute (never earlier than the real
 * moment). The same digits in every language.
 */
export function localTime(ms: number, nowMs: number): string {
  const p = (n: number) => String(n).padStart(2, '0')
  const d = new Date(Math.ceil(ms / 60_000) * 60_000) // rounded up: never earlier than the real unlock
  const n = new Date(nowMs)
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
  const today = `${n.getFullYear()}-${p(n.getMonth() + 1)}-${p(n.getDate())}`
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`
  return day === today ? time : `${day} ${time}`
}
