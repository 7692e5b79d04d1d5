import { tr } from '../../messages/index.js'
import type { FormModel, PartyBlock, PaymentList, SignatureBox } from './form-model.js'
import { escapeHtml as e, htmlPage } from './html-page.js'
import { labelled } from './people.js'

/** Text with its line breaks kept. */
const lines = (text: string) => e(text).replace(/\r?\n/g, '<br>')

/** A form as one self-contained A4 HTML page (see html-page.ts). */
export function htmlForm(m: FormModel): string {
  const out: string[] = []
  const c = m.company
  const contact = [c.address, c.phone ? labelled('phone', c.phone) : null].filter(Boolean).join('　·　')
  const ids = [c.taxId ? labelled('taxId', c.taxId) : null, c.bank ? labelled('bank', c.account ? `${c.bank} ${c.account}` : c.bank) : null].filter(Boolean).join('　·　')
  if (c.name || contact || ids) {
    out.push('<header class="company">')
    if (c.name) out.push(`<div class="name">${e(c.name)}</div>`)
    if (contact) out.push(`<div class="line">${e(contact)}</div>`)
    if (ids) out.push(`<div class="line">${e(ids)}</div>`)
    out.push('</header>')
  }
  // the Chinese title, then an English form's English one under it
  const [title, ...others] = m.title
  out.push(`<h1>${e(title ?? '')}${others.map((t) => `<span class="en">${e(t)}</span>`).join('')}</h1>`)
  out.push(`<div class="docno">${e(m.numberLabel)} <b>${e(m.number)}</b></div>`)
  if (m.banner) out.push(`<div class="banner">${e(m.banner)}</div>`)

  // the parties on the left, the facts on the right
  out.push('<div class="head">')
  if (m.parties.length) {
    out.push('<div class="parties">')
    for (const p of m.parties) {
      const [first, ...rest] = p.lines
      out.push(
        `<div class="party"><div class="label">${e(p.label)}</div><div class="name">${lines(first ?? '')}</div>${rest.map((l) => `<div>${lines(l)}</div>`).join('')}</div>`,
      )
    }
    out.push('</div>')
  }
  out.push('<table class="meta"><tbody>')
  for (const f of m.meta) out.push(`<tr><th>${e(f.label)}</th><td>${lines(f.value)}</td></tr>`)
  out.push('</tbody></table>')
  out.push('</div>')

  // the line table; its header repeats on every page
  const cls = (i: number) => (m.columns[i]!.align === 'right' ? ' class="num"' : m.columns[i]!.code ? ' class="sku"' : '')
  out.push('<table class="lines">')
  out.push(`<thead><tr>${m.columns.map((col) => `<th>${twoLines(col.header)}</th>`).join('')}</tr></thead>`)
  out.push('<tbody>')
  for (const r of m.rows) out.push(`<tr>${m.columns.map((_, i) => `<td${cls(i)}>${e(r[i] ?? '')}</td>`).join('')}</tr>`)
  out.push('</tbody>')
  if (m.totals.length) {
    out.push('<tbody class="totals">')
    for (const t of m.totals) {
      out.push(`<tr class="total"><th colspan="${m.columns.length - 1}">${e(t.label)}</th><td class="num">${e(t.value)}</td></tr>`)
    }
    out.push('</tbody>')
  }
  out.push('</table>')
  // 人民币 and the capital numerals are the same in every language
  if (m.amountInWords) out.push(`<div class="words">${e(tr('form.label', { label: 'amountInWords' }))}：<b>人民币${e(m.amountInWords)}</b></div>`)

  out.push('<div class="tail">')
  // issue 19: refundforms — the payments as of the day printed, beside the terms (to keep one page)
  if (m.payments) out.push('<div class="termpay">')
  if (m.terms.length) {
    out.push('<table class="kv"><tbody>')
    for (const t of m.terms) out.push(`<tr><th>${e(t.label)}</th><td>${lines(t.value)}</td></tr>`)
    out.push('</tbody></table>')
  }
  if (m.payments) out.push(paymentTable(m.payments), '</div>')
  if (m.clauses.length) {
    const sep = e(tr('form.labelSeparator'))
    const clause = (c: FormModel['clauses'][number]) =>
      `<p><b>${e(c.heading)}${sep}</b>${c.text === null ? '<span class="blank"></span>' : lines(c.text)}</p>`
    out.push(`<div class="clauses"><div class="title">${e(tr('form.clausesTitle'))}</div>${m.clauses.map(clause).join('')}</div>`)
  }
  if (m.notes.length) out.push(`<div class="notes">${m.notes.map((n) => `<p>${lines(n)}</p>`).join('')}</div>`)
  if (m.partyBlocks.length) out.push(`<div class="partyblocks">${m.partyBlocks.map(partyBlock).join('')}</div>`)

  if (m.signatures.length) out.push(`<div class="signatures">${m.signatures.map(signatureBox).join('')}</div>`)
  out.push(`<div class="footer">${e(m.footer)}</div>`)
  out.push('</div>')
  const name = `${m.title.join(' ')} ${m.number}`
  return htmlPage(name, out.join('\n'), name)
}

/** A heading of one or two lines: the first, and the second smaller under it. */
function twoLines([first, ...rest]: string[]): string {
  return `${e(first ?? '')}${rest.map((l) => `<small>${e(l)}</small>`).join('')}`
}

/** A party's block: its lines (a blank one underlined, to fill in), and a box for its seal (签章). */
function partyBlock(b: PartyBlock): string {
  const rows = b.rows.map((r) => `<tr><th>${e(r.label)}</th><td${r.value ? '' : ' class="blank"'}>${lines(r.value)}</td></tr>`).join('')
  return `<div class="pb"><div class="title">${e(b.title)}</div><table><tbody>${rows}</tbody></table><div class="seal">${e(b.seal)}</div></div>`
}

function signatureBox(s: SignatureBox): string {
  const who = s.name
    ? `<div class="who">${e(s.name)}</div><div class="date">${e(s.date ?? '')}</div>`
    : `<div class="ink"></div><div class="date">${e(tr('form.label', { label: 'date' }))}</div>`
  return `<div class="sig"><div class="role">${twoLines(s.role)}</div>${s.note ? `<div class="note">${e(s.note)}</div>` : ''}${who}</div>`
}

/** The payments' list: a small table under its title (a voided line struck through), its sums in one line at the foot. */
function paymentTable(p: PaymentList): string {
  const cls = (i: number) => (p.columns[i]!.align === 'right' ? ' class="num"' : p.columns[i]!.code ? ' class="sku"' : '')
  const head = `<thead><tr>${p.columns.map((c) => `<th>${twoLines(c.header)}</th>`).join('')}</tr></thead>`
  const rows = p.rows.length
    ? p.rows.map((r) => `<tr${r.voided ? ' class="void"' : ''}>${p.columns.map((_, i) => `<td${cls(i)}>${e(r.cells[i] ?? '')}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${p.columns.length}">${e(p.empty)}</td></tr>`
  // the sums on one line at the foot, to keep the form on one page
  const sums = `<tr class="total"><td colspan="${p.columns.length}">${p.sums.map((t) => `<span>${e(t.label)} <b>${e(t.value)}</b></span>`).join(' ')}</td></tr>`
  return `<div class="payments"><div class="title">${e(p.title)}</div><table class="lines paylist">${head}<tbody>${rows}</tbody><tbody class="totals">${sums}</tbody></table></div>`
}
