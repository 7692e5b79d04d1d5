import type { ReportFormat } from '../../domain/status-report.js'
import type { StatusReport } from '../../read/report/model.js'
import type { Colours } from '../terminal.js'
import { renderCsv } from './csv.js'
import { renderHtml } from './html.js'
import { renderJson } from './json.js'
import { renderMarkdown } from './md.js'
import { renderText } from './text.js'

/** The status report in one of its formats; `color` (text on a terminal only) adds bold headings. */
export function renderReport(r: StatusReport, format: ReportFormat, color: Colours | null): string {
  switch (format) {
    case 'json':
      return renderJson(r)
    case 'csv':
      return renderCsv(r)
    case 'md':
      return renderMarkdown(r)
    case 'html':
      return renderHtml(r)
    case 'text':
      return renderText(r, color?.enabled ? { bold: (s) => color.bold(s) } : null)
  }
}

