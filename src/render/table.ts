import { displayWidth } from './width.js'

/**
 * A plain borderless table for the terminal: a header, a rule, then the rows, columns two
 * spaces apart, correct with double-width (Chinese) text. Numbers are right-aligned by
 * passing `align`. Hand-rolled rather than cli-table3: a list of a thousand production
 * orders took cli-table3 over a second to lay out; this takes milliseconds.
 *
 * @example
 * table(['Order', 'Total'], [['26-00001', '1,200.00']], { align: ['left', 'right'] })
 */
export function table(head: string[], rows: (string | number)[][], opts: { align?: ('left' | 'right')[] } = {}): string {
  const cells = rows.map((r) => head.map((_, i) => String(r[i] ?? '').split('\n')))
  const widths = head.map((h, i) => {
    let w = displayWidth(h)
    for (const r of cells) for (const line of r[i]!) w = Math.max(w, displayWidth(line))
    return w
  })
  const right = (i: number) => opts.align?.[i] === 'right'
  const out: string[] = []
  const emit = (row: string[][]) => {
    const height = Math.max(1, ...row.map((c) => c.length))
    for (let k = 0; k < height; k++) {
      let line = ''
      for (let i = 0; i < row.length; i++) {
        const text = row[i]![k] ?? ''
        const pad = ' '.repeat(widths[i]! - displayWidth(text))
        line += (right(i) ? pad + text : text + pad) + (i < row.length - 1 ? '  ' : '')
      }
      out.push(line.replace(/\s+$/, ''))
    }
  }
  emit(head.map((h) => [h]))
  emit(widths.map((w) => ['─'.repeat(w)]))
  for (const r of cells) emit(r)
  return out.join('\n')
}

/** Aligned `label: value` lines. */
export function keyValues(pairs: [string, string | null | undefined][]): string {
  const w = Math.max(...pairs.map(([k]) => displayWidth(k)))
  return pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}${' '.repeat(w - displayWidth(k))}  ${v ?? '—'}`)
    .join('\n')
}
