import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk report` and its subcommands, in English. */
export const reportHelp = {
  report: { description: 'reports: the nightly status report' },
  'report status': {
    description: 'where the desk stands at the end of a business day: pipeline, needs action, overdue, delivery, money, production, activity',
    options: {
      '--date': 'the business day reported on: YYYY-MM-DD, today, yesterday or -N (default today)',
      '--format': 'text, md, html, json, csv (default: from the --out extension, else text)',
      '--out': 'write the report to this file (atomically, replacing an earlier report; the folder is created)',
      '--limit': 'items listed per needs-action list (0 = all; counts are always complete)',
      '--sql': 'print the SQL statements the report runs (a script for the sqlite3 shell) instead of the report',
    },
    who: 'anyone (it only reads the desk)',
    example: 'orderdesk report status --date yesterday --out /srv/reports/status.html',
  },
} as const satisfies HelpEntries
