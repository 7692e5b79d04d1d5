import { FORM_KINDS } from '../../../domain/forms.js'
import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk print`, in English. */
export const printHelp = {
  print: {
    description: `print a form: ${FORM_KINDS.join(', ')}; <ref> is the document's number or the order number (its latest document of that kind)`,
    options: {
      '--format': 'text (80 columns, default) or html (A4 page); default from the --out extension (.html, .htm)',
      '--out': 'write to this file (folders are created) instead of stdout',
    },
    who: 'anyone',
    example: 'orderdesk print contract 26-00001 | lp',
  },
} as const satisfies HelpEntries
