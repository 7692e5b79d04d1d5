import { msg, type Msg } from './message.js'
import { textFault } from './text-rules.js'

/** The longest attachment name kept (characters). */
export const ATTACHMENT_NAME_MAX = 200

/**
 * Why a file name may not be kept with an order, or null: an attachment's name is data from
 * outside (the path of a fax scan), shown on screens and used as a file name by `attach get`.
 * The text rule (no control, bidi or lone-surrogate characters), no folder separator (`/`, `\`),
 * not `.` or `..`, not empty, at most ATTACHMENT_NAME_MAX characters.
 *
 * @example
 * attachmentNameFault('fax 0921.pdf') // null
 * attachmentNameFault('../x')         // paper.nameSeparator
 */
export function attachmentNameFault(name: string): Msg | null {
  if (!name.trim()) return msg('common.empty', {})
  if (name.length > ATTACHMENT_NAME_MAX) return msg('common.tooLong', { max: ATTACHMENT_NAME_MAX })
  const text = textFault(name, 'line')
  if (text) return text
  if (/[/\\]/.test(name) || name === '.' || name === '..') return msg('paper.nameSeparator', {})
  return null
}
