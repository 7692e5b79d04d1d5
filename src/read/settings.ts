/** The desk's settings as `settings show` lists them. */
export { allSettings } from '../store/queries/settings.js'
