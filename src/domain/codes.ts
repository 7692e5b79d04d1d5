/** What customer codes and skus may look like: what clerks type, at most 32 characters. */
export const CODE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/
