declare const ORDERDESK_VERSION: string | undefined

/** Set by the esbuild bundle from package.json. */
export const VERSION: string = typeof ORDERDESK_VERSION !== 'undefined' ? ORDERDESK_VERSION : '0.0.0-dev'
