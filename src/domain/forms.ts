/**
 * The printed forms (`orderdesk print <form>`), in the order the help lists them. The name is
 * a code: the `form` key of `print --json`, the key of each form's reading (src/read/forms/)
 * and layout (src/render/forms/), and of its name in the catalogue.
 */
export const FORM_KINDS = [
  'inquiry',
  'quotation',
  'confirmation',
  'contract',
  'sales-order',
  'production-order',
  'change-form',
  'outbound-slip',
] as const
export type FormKind = (typeof FORM_KINDS)[number]

export function isFormKind(s: string): s is FormKind {
  return (FORM_KINDS as readonly string[]).includes(s)
}
