import type { FormBase, Signed } from '../../read/forms/form-data.js'
import type { FormParty, SignatureBox } from './form-model.js'

/** The signature boxes' roles, in both languages. */
const ROLES = {
  clerk: { en: 'Clerk', zh: '业务员' },
  manager: { en: 'Department manager', zh: '业务部经理' },
  mc: { en: 'Material control', zh: '物控部' },
  logistics: { en: 'Logistics', zh: '物流部' },
  customer: { en: 'Customer', zh: '客户' },
} as const
type SignRole = keyof typeof ROLES

/** `Li Na (li)`, or the user name alone. */
export function person(f: FormBase, name: string): string {
  const full = f.people.get(name)?.fullName
  return full && full !== name ? `${full} (${name})` : name
}

/** A signature box: who signed in the system and when, or a blank box for ink. */
export function signature(f: FormBase, role: SignRole, who: Signed | null, note: string | null = null): SignatureBox {
  return { ...ROLES[role], name: who ? person(f, who.by) : null, date: who?.date || null, note }
}

/** The customer block: code and name, contact and phone, address. */
export function customerParty(f: FormBase, label = 'Customer 客户'): FormParty {
  const c = f.agg.customer
  const contact = [c.contact ? `Contact 联系人 ${c.contact}` : null, c.phone ? `Tel 电话 ${c.phone}` : null].filter(Boolean).join('   ')
  return { label, lines: [`${c.name} (${c.code})`, ...(contact ? [contact] : []), ...(c.address ? [c.address] : [])] }
}
