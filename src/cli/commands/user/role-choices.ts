import { ROLES, type Role } from '../../../domain/roles.js'
import { tr } from '../../../messages/index.js'
import type { Choice } from '../../prompts.js'

/** The roles as a pick list: each named in the language in use, its value the code. */
export function roleChoices(): Choice<Role>[] {
  return ROLES.map((role) => ({ name: tr('name.role', { role }), value: role }))
}
