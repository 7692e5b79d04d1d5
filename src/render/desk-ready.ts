import type { Language } from '../domain/language.js'
import { tr } from '../messages/index.js'

/** What `init --demo` added (the demo loader's summary). */
interface DemoAdded {
  users: number
  customers: number
  products: number
  stockedProducts: number
}

/** `init`: the desk is ready; with the demo, who is who and a first command; without users, how to add the first. */
export function deskReadyText(path: string, demo: (DemoAdded & { kind: 'northwind' | 'wood' }) | null, users: number, language: Language | null = null): string {
  const lines = [tr('desk.ready', { path })]
  if (language) lines.push(tr('desk.languageRecorded', { language }))
  if (demo) {
    lines.push(
      tr('desk.demoAdded', { users: demo.users, customers: demo.customers, products: demo.products, stocked: demo.stockedProducts }),
      tr('desk.demoUsers'),
      tr('desk.demoTry', { kind: demo.kind }),
    )
  } else if (users === 0) {
    lines.push(tr('desk.noUsersYet'))
  }
  return lines.join('\n')
}
