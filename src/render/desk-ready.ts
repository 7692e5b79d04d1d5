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
export function deskReadyText(path: string, demo: DemoAdded | null, users: number, language: Language | null = null): string {
  const lines = [`database ready: ${path}`]
  if (language) lines.push(tr('desk.languageRecorded', { language }))
  if (demo) {
    lines.push(
      `demo data: ${demo.users} users, ${demo.customers} customers, ${demo.products} products (${demo.stockedProducts} in stock)`,
      'users: li, chen (clerk) · wang (manager, PIN 123456) · zhao, sun (mc) · zhou (logistics) · wu (finance)',
      'try:   ORDERDESK_USER=li orderdesk inquiry new --customer ALFKI --item NW-011=5',
    )
  } else if (users === 0) {
    lines.push('no users yet: add the first with `orderdesk user add <name> --role manager --pin` (a manager with a PIN)')
  }
  return lines.join('\n')
}
