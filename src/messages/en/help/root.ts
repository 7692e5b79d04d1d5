import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk` itself and its global options, in English. */
export const rootHelp = {
  '': {
    description: 'The order desk of a make-to-order manufacturer: from the first phone call to delivery.',
    options: {
      '--version': 'output the version number',
      '--db': 'database file, or a postgres:// URL (else ORDERDESK_DB, else $XDG_DATA_HOME/orderdesk/orderdesk.db)',
      '--as': 'act as this user (else ORDERDESK_USER, else the OS user)',
      '--json': 'print one JSON document on stdout; errors as JSON on stderr',
      '--no-input': 'never prompt; missing values are an error (also ORDERDESK_NO_INPUT=1)',
      '--yes': 'do not ask for confirmation',
      '--no-color': 'no colours (also NO_COLOR)',
      '--lang': 'the language of the words: zh-CN or en (else ORDERDESK_LANG, else the desk\'s desk.language, else the locale)',
    },
  },
} as const satisfies HelpEntries
