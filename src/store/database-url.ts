/** What `--db` names: a PostgreSQL URL or a SQLite file path, and how a URL is shown. */

/** True when `target` names a PostgreSQL database (`postgres://` or `postgresql://` URL). */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target)
}

/** The URL without its password, for messages and JSON. */
export function maskUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1:***@')
}
