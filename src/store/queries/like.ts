/** A search term made safe for LIKE (wildcards dropped), or null when empty. */
export function likeTerm(term: string): string | null {
  const t = term.trim().replace(/[%_\\]/g, '')
  return t ? t : null
}
