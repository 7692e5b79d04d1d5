import type { FormModel, SignatureBox } from './form-model.js'
import { escapeHtml as e, htmlPage } from './html-page.js'

/** Text with its line breaks kept. */
const lines = (text: string) => e(text).replace(/\r?\n/g, '<br>')

/** A form as one self-contained A4 HTML page (see html-page.ts). */
export function htmlForm(m: FormModel): string {
  const out: string[] = []
  const c = m.company
  const contact = [c.address, c.phone ? `Tel 电话 ${c.phone}` : null].filter(Boolean).join('　·　')
  const ids = [c.taxId ? `Tax ID 税号 ${c.taxId}` : null, c.bank ? `Bank 开户行 ${c.bank}` : null].filter(Boolean).join('　·　')
  if (c.name || contact || ids) {
    out.push('<header class="company">')
    if (c.name) out.push(`<div class="name">${e(c.name)}</div>`)
    if (contact) out.push(`<div class="line">${e(contact)}</div>`)
    if (ids) out.push(`<div class="line">${e(ids)}</div>`)
    out.push('</header>')
  }
  out.push(`<h1>${e(m.titleZh)}<span class="en">${e(m.titleEn)}</span></h1>`)
  out.push(`<div class="docno">No. ${e(m.numberLabel)} <b>${e(m.number)}</b></div>`)
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
  const cls = (i: number) => (m.columns[i]!.align === 'right' ? ' class="num"' : m.columns[i]!.en === 'SKU' ? ' class="sku"' : '')
  out.push('<table class="lines">')
  out.push(`<thead><tr>${m.columns.map((col) => `<th>${e(col.en)}<small>${e(col.zh)}</small></th>`).join('')}</tr></thead>`)
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
  if (m.amountInWords) out.push(`<div class="words">Amount in words 大写金额：<b>人民币${e(m.amountInWords)}</b></div>`)

  out.push('<div class="tail">')
  if (m.terms.length) {
    out.push('<table class="kv"><tbody>')
    for (const t of m.terms) out.push(`<tr><th>${e(t.label)}</th><td>${lines(t.value)}</td></tr>`)
    out.push('</tbody></table>')
  }
  if (m.notes.length) out.push(`<div class="notes">${m.notes.map((n) => `<p>${lines(n)}</p>`).join('')}</div>`)

  if (m.signatures.length) out.push(`<div class="signatures">${m.signatures.map(signatureBox).join('')}</div>`)
  out.push(`<div class="footer">${e(m.footer)}</div>`)
  out.push('</div>')
  return htmlPage(`${m.titleZh} ${m.titleEn} ${m.number}`, out.join('\n'), `${m.titleZh} ${m.titleEn} ${m.number}`)
}

function signatureBox(s: SignatureBox): string {
  const who = s.name
    ? `<div class="who">${e(s.name)}</div><div class="date">${e(s.date ?? '')}</div>`
    : `<div class="ink"></div><div class="date">Date 日期</div>`
  return `<div class="sig"><div class="role">${e(s.en)}<small>${e(s.zh)}</small></div>${s.note ? `<div class="note">${e(s.note)}</div>` : ''}${who}</div>`
}
