/** How counts and rates read in figures (the status report's tables and their words). */

/** A count with thousands separators: "530,616". */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** A rate 0..1 as "83.3 %", or "—" when there is nothing to divide. */
export const formatRate = (rate: number | null): string => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)} %`)
