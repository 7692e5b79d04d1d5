import type { ReportMessages } from '../../domain/messages/report.js'
import { report as english } from '../en/report.js'
import type { Words } from '../words.js'

/**
 * The report messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const report: Words<ReportMessages> = {
  ...english,
}
