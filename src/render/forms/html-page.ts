import { tr } from '../../messages/index.js'

/**
 * The HTML page every printed form sits in: one self-contained file (inline CSS, no external
 * fonts, images or scripts), A4 with `@page` margins. The line table's header repeats on
 * every printed page (`thead { display: table-header-group }`) and rows never split, so a
 * long order breaks cleanly; an order of up to 20 lines fits one page.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)
}

const CSS = `
@page { size: A4; margin: 12mm 13mm 14mm 13mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "SimHei", sans-serif;
  font-size: 9pt; line-height: 1.3; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
@media screen {
  body { background: #d9d9d9; padding: 8mm 0; }
  .page { width: 210mm; min-height: 297mm; margin: 0 auto; padding: 12mm 13mm; background: #fff; box-shadow: 0 0 3mm rgba(0,0,0,.25); }
}
/* a window no wider than the sheet (a screenshot of the page): the sheet alone */
@media screen and (max-width: 800px) {
  body { background: #fff; padding: 0; }
  .page { box-shadow: none; }
}
.company { text-align: center; padding-bottom: 1.5mm; border-bottom: 0.6mm solid #000; }
.company .name { font-size: 14pt; font-weight: 700; letter-spacing: .03em; }
.company .line { font-size: 8pt; color: #222; }
h1 { margin: 3mm 0 0; text-align: center; font-size: 16pt; line-height: 1.2; font-weight: 700; letter-spacing: .3em; }
h1 .en { display: block; font-size: 9pt; letter-spacing: .12em; font-weight: 600; text-transform: uppercase; }
.docno { text-align: center; font-size: 9.5pt; margin: .5mm 0 2.5mm; font-variant-numeric: tabular-nums; }
.banner { border: 0.5mm solid #b00; color: #b00; font-weight: 700; text-align: center; padding: 1.2mm; margin: 0 0 2.5mm; }
table { border-collapse: collapse; width: 100%; }
.head { display: flex; gap: 4mm; align-items: flex-start; margin-bottom: 2.5mm; }
.parties { flex: 1.15; display: flex; flex-direction: column; gap: 1.5mm; }
.party { border: 0.3mm solid #000; padding: 1.2mm 2.2mm; }
.party .label { font-size: 7.5pt; color: #333; }
.party .name { font-weight: 700; }
.party div { white-space: pre-wrap; }
.meta { flex: 1; width: auto; }
.meta th, .kv th { text-align: left; font-weight: 400; color: #333; white-space: nowrap; padding: .35mm 2.5mm .35mm 0; vertical-align: top; width: 1%; }
.meta td, .kv td { padding: .35mm 3mm .35mm 0; vertical-align: top; }
.lines { margin-bottom: 0; }
.lines thead { display: table-header-group; }
.lines th, .lines td { border: 0.3mm solid #000; padding: .45mm 1.3mm; vertical-align: top; }
.lines th { background: #eee; font-weight: 600; text-align: center; white-space: nowrap; line-height: 1.15; }
.lines th small { display: block; font-weight: 400; font-size: 7pt; }
.lines tr { break-inside: avoid; page-break-inside: avoid; }
.lines .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.lines .sku { white-space: nowrap; }
.lines .total th { text-align: right; background: none; font-weight: 600; }
.lines .total td { font-weight: 700; }
.words { border: 0.3mm solid #000; border-top: 0; padding: .8mm 1.3mm; margin-bottom: 2mm; }
.words b { letter-spacing: .05em; }
.tail { break-inside: avoid; page-break-inside: avoid; }
.kv { margin: 2mm 0 1mm; }
.kv td { white-space: pre-line; }
.notes p { margin: 1mm 0; }
.signatures { display: flex; margin-top: 3mm; }
.sig { flex: 1; border: 0.3mm solid #000; margin-left: -0.3mm; padding: 1.2mm 2mm; min-height: 22mm; display: flex; flex-direction: column; }
.sig .role { font-weight: 600; }
.sig .role small { font-weight: 400; margin-left: 1mm; }
.sig .who { margin-top: auto; }
.sig .ink { margin-top: auto; border-bottom: 0.2mm solid #777; height: 6mm; }
.sig .date, .sig .note { font-size: 7.5pt; color: #333; }
.clauses { margin: 1.5mm 0 1mm; line-height: 1.25; }
.clauses .title { font-weight: 700; margin-bottom: .8mm; }
.clauses p { margin: .6mm 0; white-space: pre-line; }
.clauses .blank { display: inline-block; width: 60%; border-bottom: 0.2mm solid #777; height: 1em; vertical-align: bottom; }
.partyblocks { display: flex; margin-top: 2mm; }
.pb { flex: 1; border: 0.3mm solid #000; margin-left: -0.3mm; padding: 1mm 2mm; display: flex; flex-direction: column; font-size: 8pt; line-height: 1.2; position: relative; }
.pb .title { font-weight: 700; margin-bottom: .4mm; }
.pb table { width: 100%; margin-bottom: 1mm; }
.pb th { text-align: left; font-weight: 400; color: #333; padding: .2mm 2mm .2mm 0; vertical-align: top; width: 32%; font-size: 7pt; line-height: 1.15; }
.pb td { padding: .2mm 0; vertical-align: top; white-space: pre-wrap; }
.pb td.blank { border-bottom: 0.2mm solid #999; height: 4mm; }
.pb .seal { align-self: flex-end; margin-top: auto; width: 22mm; height: 12mm; border: 0.2mm dashed #777; color: #777; font-size: 7pt; text-align: center; line-height: 1.2; display: flex; align-items: center; justify-content: center; }
.footer { margin-top: 2mm; font-size: 7pt; color: #555; text-align: right; }
.termpay { display: grid; grid-template-columns: minmax(0, 46fr) minmax(0, 54fr); gap: 4mm; align-items: start; }
.payments { margin: 1.2mm 0 0; min-width: 0; break-inside: avoid; page-break-inside: avoid; }
.payments .title { font-weight: 700; font-size: 8pt; margin-bottom: .3mm; }
.paylist { font-size: 7.5pt; line-height: 1.15; }
.paylist th, .paylist td { padding: .15mm 1.3mm; }
.paylist th { line-height: 1.05; white-space: normal; font-size: 7pt; }
.paylist .total td { border: 0; padding: .3mm 1.3mm 0; text-align: right; }
.paylist .total span { margin-left: 2.5mm; white-space: nowrap; }
.paylist tr.void td { text-decoration: line-through; color: #666; }
`.trim()

/** A CSS string literal. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`
}

/** The page number's words as CSS content, with the page's counters where the words have their stand-ins. */
function pageCounter(): string {
  const words = cssString(tr('form.pageCounter', { page: '\u0001', pages: '\u0002' }))
  return words.replace('\u0001', '" counter(page) "').replace('\u0002', '" counter(pages) "')
}

/**
 * The whole page; `pageLabel` (the document number) goes in the bottom margin of every
 * printed page, with the page number.
 */
export function htmlPage(title: string, body: string, pageLabel = ''): string {
  const margins = `@page {
  @bottom-left { content: ${cssString(pageLabel)}; font-size: 7pt; color: #555; }
  @bottom-right { content: ${pageCounter()}; font-size: 7pt; color: #555; }
}`
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${CSS}
${margins}
</style>
</head>
<body>
<main class="page">
${body}
</main>
</body>
</html>
`
}
