/** The complaints list (`complaint list`). */
export { listComplaints } from '../store/queries/after-sales.js'
