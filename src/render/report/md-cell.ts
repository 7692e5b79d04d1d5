import type { Markup } from './columns.js'

/**
 * Text from the desk as a Markdown table cell: shown as text, never as markup — HTML-significant
 * characters as entities (a customer named `<script>` stays text in any renderer), Markdown's
 * inline marks (`` \ ` * _ ~ [ ] ``) and the table's pipes backslash-escaped, no line breaks.
 */
export function mdCell(s: string): string {
  return s
    .replace(/[\\`*_~[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ')
}

/** Inline code that survives backticks (and, in a table, pipes) inside; code spans show HTML as text. */
export const mdCode = (s: string): Markup => ({ md: (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``).replace(/\|/g, '\\|') })

/** Bold text the report writes itself. */
export const mdBold = (s: string): Markup => ({ md: `**${mdCell(s)}**` })

/** A cell: text made safe, or the report's own markup kept (without line breaks). */
export function mdCellOf(c: string | Markup): string {
  return typeof c === 'string' ? mdCell(c) : c.md.replace(/\r?\n/g, ' ')
}
