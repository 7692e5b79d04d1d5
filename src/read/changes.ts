/** What the change screens show (`change show`, `change list`). */
export { findChange, listChanges, type ChangeView } from '../store/queries/changes.js'
