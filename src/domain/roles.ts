/** The roles of SPEC §2. */
export const ROLES = ['clerk', 'manager', 'mc', 'logistics', 'finance'] as const
export type Role = (typeof ROLES)[number]

/** Who may do what. A manager may do everything a clerk may. */
export const PERMISSIONS = {
  'master.write': ['clerk', 'manager'],
  'user.write': ['manager'],
  'stock.write': ['clerk', 'manager', 'mc'],
  'inquiry.write': ['clerk', 'manager'],
  'contract.sign': ['clerk', 'manager'],
  'settings.write': ['manager'],
  'payment.record': ['clerk', 'finance', 'manager'],
  'production.work': ['mc'],
  'production.manage': ['clerk', 'manager'],
  'shipping.plan': ['clerk', 'manager'],
  'shipping.move': ['logistics', 'clerk', 'manager'],
  'invoice.issue': ['finance', 'manager'],
  'aftersales': ['clerk', 'manager'],
  // issue 19: payments
  /** Money back to the customer, and a payment or refund voided (a reversing entry). */
  'payment.refund': ['finance', 'manager'],
  // issue 19: countersign and attachments (finance keeps bank slips, logistics signed delivery notes)
  'attach.add': ['clerk', 'finance', 'logistics', 'manager'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

export function may(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role)
}
