/** The desk's users (`user list`, the acting user, the first-user check of `init`). */
export { countUsers, findUser, listUsers } from '../store/queries/users.js'
export type { User } from '../store/schema.js'
