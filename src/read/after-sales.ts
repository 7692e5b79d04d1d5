/** The complaints list (`complaint list`). */
export { listComplaints, type ComplaintView } from '../store/queries/after-sales.js'
