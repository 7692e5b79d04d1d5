import type { ReportMessages } from '../../domain/messages/report.js'
import type { Words } from '../words.js'

/** The report messages in English. */
export const report: Words<ReportMessages> = {
}
