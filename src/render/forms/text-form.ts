import { tr } from '../../messages/index.js'
import type { FormModel, PartyBlock, PaymentList, SignatureBox } from './form-model.js'
import { labelled } from './people.js'
import { PAGE_WIDTH, boxes, center, clean, displayWidth, fields, padEnd, padStart, rule, sideBySide, textTable, wrap } from './text-layout.js'

/**
 * A form as plain text, 80 columns wide, aligned with Chinese (double-width) characters:
 * for the terminal and for `| lp`. Only ASCII rules and borders; no colour.
 */
export function textForm(m: FormModel): string {
  const W = PAGE_WIDTH
  const out: string[] = []
  const centered = (text: string) => wrap(text, W).map((l) => center(l, W))

  // company header
  const c = m.company
  if (c.name) out.push(...centered(c.name))
  const ids = [c.phone ? labelled('phone', c.phone) : null, c.taxId ? labelled('taxId', c.taxId) : null].filter(Boolean).join('   ')
  if (c.address) out.push(...centered(c.address))
  if (ids) out.push(...centered(ids))
  if (c.bank) out.push(...centered(labelled('bank', c.account ? `${c.bank} ${c.account}` : c.bank)))
  out.push(rule('='))
  // the Chinese title, then an English form's English one in capitals
  const [title, ...others] = m.title
  out.push(...centered([title, ...others.map((t) => t.toUpperCase())].join('   ')))
  out.push(...centered(`${m.numberLabel} ${m.number}`))
  out.push(rule('='))
  if (m.banner) out.push(...wrap(`*** ${m.banner} ***`, W).map((l) => center(l, W)))

  // facts in two columns
  const half = Math.floor((W - 2) / 2)
  const cut = Math.ceil(m.meta.length / 2)
  const pairs = (xs: FormModel['meta']) => xs.map((f) => [f.label, f.value] as [string, string])
  const labelWidth = Math.max(...m.meta.map((f) => displayWidth(clean(f.label))))
  out.push(...sideBySide(fields(pairs(m.meta.slice(0, cut)), half, labelWidth), fields(pairs(m.meta.slice(cut)), half, labelWidth), W))
  out.push(rule('-'))

  // parties
  if (m.parties.length) {
    const pw = Math.max(...m.parties.map((p) => displayWidth(clean(p.label))))
    for (const p of m.parties) out.push(...fields([[p.label, p.lines.join('\n')]], W, pw))
    out.push(rule('-'))
  }

  // lines
  const table = textTable(
    m.columns.map((col) => ({ header: col.header, align: col.align, flex: col.flex, wrap: col.wrap })),
    m.rows,
  )
  out.push(...table)
  if (m.totals.length) {
    out.push(rule('-'))
    const lw = Math.max(...m.totals.map((t) => displayWidth(clean(t.label))))
    const vw = Math.max(...m.totals.map((t) => displayWidth(t.value)))
    for (const t of m.totals) out.push(padStart(`${padEnd(clean(t.label), lw)}  ${padStart(t.value, vw)}`, W))
  }
  // 人民币 and the capital numerals are the same in every language
  if (m.amountInWords) out.push(...fields([[tr('form.label', { label: 'amountInWords' }), `人民币 ${m.amountInWords}`]], W))
  out.push(rule('-'))
  // issue 19: refundforms — the payments as of the day printed
  if (m.payments) out.push(...paymentLines(m.payments, W), rule('-'))

  // terms and notes
  if (m.terms.length) {
    out.push(...fields(m.terms.map((t) => [t.label, t.value]), W))
  }
  if (m.clauses.length) {
    out.push('', tr('form.clausesTitle'))
    for (const c of m.clauses) out.push(...clauseLines(c.heading, c.text, W))
  }
  for (const n of m.notes) out.push('', ...wrap(n, W))
  out.push('')
  if (m.partyBlocks.length) {
    // each block wrapped to its box (two a row) and made as tall as the other, the seal at the foot of both
    const inner = Math.floor((W - 3) / 2) - 2
    const blocks = m.partyBlocks.map((b) => partyLines(b).flatMap((l) => wrap(l, inner)))
    const height = Math.max(...blocks.map((b) => b.length))
    const sealed = blocks.map((b, i) => [...b, ...Array<string>(height - b.length).fill(''), '', '', m.partyBlocks[i]!.seal])
    out.push(...boxes(sealed, { perRow: 2, minSlots: 2 }), '')
  }

  // signatures
  if (m.signatures.length) out.push(...boxes(m.signatures.map(signatureLines), { perRow: m.signatures.length > 4 ? 3 : 4, height: 6, minSlots: 2 }))
  out.push(...wrap(m.footer, W).map((l) => padStart(l, W)))
  return `${out.map((l) => l.replace(/ +$/, '')).join('\n')}\n`
}

/** A numbered clause, its further lines indented under its heading; unset, a line to write on. */
function clauseLines(heading: string, text: string | null, W: number): string[] {
  const indent = '   '
  const head = `${heading}${tr('form.labelSeparator')}`
  if (text === null) return [`${head}${'_'.repeat(Math.max(8, W - displayWidth(head)))}`]
  const paragraphs = text.split(/\r?\n/)
  const out: string[] = []
  paragraphs.forEach((p, i) => {
    const lines = wrap(i === 0 ? `${head}${p}` : p, W - indent.length)
    lines.forEach((l, k) => out.push(i === 0 && k === 0 ? l : `${indent}${l}`))
  })
  return out
}

/** A party's block: its title and `label: value` lines (a blank one as a line to write on). */
function partyLines(b: PartyBlock): string[] {
  return [b.title, ...b.rows.map((r) => `${r.label}${tr('form.labelSeparator')}${r.value || '________________'}`)]
}

function signatureLines(s: SignatureBox): string[] {
  return [...s.role, '', s.name ?? '', s.date ?? '', ...(s.note ? [s.note] : [])]
}

/** The payments' list: its title, a table (a voided line marked in its kind), then the sums right-aligned. */
function paymentLines(p: PaymentList, W: number): string[] {
  const out = [p.title]
  if (p.rows.length === 0) out.push(`  ${p.empty}`)
  else out.push(...textTable(p.columns.map((c) => ({ header: c.header, align: c.align, flex: c.flex, wrap: c.wrap })), p.rows.map((r) => r.cells)))
  const lw = Math.max(...p.sums.map((t) => displayWidth(clean(t.label))))
  const vw = Math.max(...p.sums.map((t) => displayWidth(t.value)))
  for (const t of p.sums) out.push(padStart(`${padEnd(clean(t.label), lw)}  ${padStart(t.value, vw)}`, W))
  return out
}
