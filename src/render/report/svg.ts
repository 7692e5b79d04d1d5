/**
 * Inline SVG charts for the HTML report: no scripts, no external files, readable on paper
 * (text in the chart, values written next to the marks). Pure functions returning markup.
 */

/** Escapes text for HTML and SVG. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/** A round axis maximum and step (1, 2 or 5 × 10^k) with at most `ticks` steps. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 }
  const raw = max / ticks
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!
  const s = Math.max(1, step)
  return { top: Math.ceil(max / s) * s, step: s }
}

export interface Bar {
  label: string
  value: number
  /** Written after the bar (default: the value). */
  note?: string
  color: string
}

/** Horizontal bars, one per row, label on the left, value (and note) after the bar. */
export function horizontalBars(bars: Bar[], opts: { width: number; title: string; labelWidth?: number }): string {
  const labelW = opts.labelWidth ?? 110
  const row = 24
  const top = 6
  const noteW = 150
  const plotW = opts.width - labelW - noteW - 10
  const h = top * 2 + bars.length * row
  const max = Math.max(1, ...bars.map((b) => b.value))
  const parts = bars.map((b, i) => {
    const y = top + i * row
    const w = b.value > 0 ? Math.max(2, (b.value / max) * plotW) : 0
    return [
      `<text x="${labelW - 8}" y="${y + 16.5}" text-anchor="end" class="lbl">${esc(b.label)}</text>`,
      `<rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 8}" rx="2" fill="${b.color}"/>`,
      `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 16.5}" class="val">${esc(b.note ?? fmt(b.value))}</text>`,
    ].join('')
  })
  return svg(opts.width, h, opts.title, [`<line x1="${labelW}" y1="${top}" x2="${labelW}" y2="${h - top}" class="axis"/>`, ...parts])
}

/** Vertical columns with the value on top and the label below. */
export function columns(bars: Bar[], opts: { width: number; height: number; title: string }): string {
  const left = 36
  const bottom = 28
  const topPad = 20
  const plotH = opts.height - bottom - topPad
  const plotW = opts.width - left - 10
  const { top, step } = niceScale(Math.max(0, ...bars.map((b) => b.value)))
  const slot = plotW / Math.max(1, bars.length)
  const barW = Math.min(64, slot * 0.6)
  const y = (v: number) => topPad + plotH - (v / top) * plotH
  const grid: string[] = []
  for (let v = 0; v <= top; v += step) {
    grid.push(`<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${opts.width - 10}" y2="${y(v).toFixed(1)}" class="${v === 0 ? 'axis' : 'grid'}"/>`)
    grid.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="tick">${fmt(v)}</text>`)
  }
  const marks = bars.map((b, i) => {
    const x = left + slot * i + (slot - barW) / 2
    const cx = (x + barW / 2).toFixed(1)
    return [
      `<rect x="${x.toFixed(1)}" y="${y(b.value).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(0) - y(b.value)).toFixed(1)}" rx="2" fill="${b.color}"/>`,
      `<text x="${cx}" y="${(y(b.value) - 5).toFixed(1)}" text-anchor="middle" class="val">${esc(b.note ?? fmt(b.value))}</text>`,
      `<text x="${cx}" y="${opts.height - 10}" text-anchor="middle" class="lbl">${esc(b.label)}</text>`,
    ].join('')
  })
  return svg(opts.width, opts.height, opts.title, [...grid, ...marks])
}

export interface Series {
  /** The series in the legend (with its total: the caller words it). */
  name: string
  color: string
  values: number[]
}

/**
 * Two columns a day side by side (e.g. intake and deliveries), a legend of the series, a y
 * grid, and the date under every `labelEvery`-th day counted back from the last.
 */
export function pairedColumns(days: string[], series: [Series, Series], opts: { width: number; height: number; title: string; labelEvery?: number }): string {
  const left = 34
  const right = 8
  const bottom = 30
  const topPad = 30
  const plotW = opts.width - left - right
  const plotH = opts.height - bottom - topPad
  const { top, step } = niceScale(Math.max(0, ...series.flatMap((s) => s.values)))
  const slot = plotW / Math.max(1, days.length)
  const barW = Math.max(1, Math.min(14, (slot - 4) / 2))
  const y = (v: number) => topPad + plotH - (v / top) * plotH
  const parts: string[] = []
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${opts.width - right}" y2="${y(v).toFixed(1)}" class="${v === 0 ? 'axis' : 'grid'}"/>`)
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="tick">${fmt(v)}</text>`)
  }
  const every = opts.labelEvery ?? 7
  days.forEach((d, i) => {
    const cx = left + slot * i + slot / 2
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0
      if (v > 0) {
        const x = cx - barW + k * barW
        parts.push(`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(0) - y(v)).toFixed(1)}" fill="${s.color}"/>`)
      }
    })
    if ((days.length - 1 - i) % every === 0) {
      parts.push(`<line x1="${cx.toFixed(1)}" y1="${y(0).toFixed(1)}" x2="${cx.toFixed(1)}" y2="${(y(0) + 4).toFixed(1)}" class="axis"/>`)
      parts.push(`<text x="${cx.toFixed(1)}" y="${opts.height - 12}" text-anchor="middle" class="tick">${esc(d.slice(5))}</text>`)
    }
  })
  series.forEach((s, k) => {
    const lx = left + k * 190
    parts.push(`<rect x="${lx}" y="6" width="12" height="12" rx="2" fill="${s.color}"/>`)
    parts.push(`<text x="${lx + 18}" y="16" class="lbl">${esc(s.name)}</text>`)
  })
  return svg(opts.width, opts.height, opts.title, parts)
}

function svg(w: number, h: number, title: string, body: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>${body.join('')}</svg>`
}
