/** Money as the desk runs it (issue 20): tax rates, payment terms. */
export interface MoneyMessages {
  // issue 20: tax and terms
  /** A tax rate that is not a percent from 0 to 100 with at most two decimals. */
  'money.notATaxRate': Record<string, never>
  /** `--terms` that is none of prepaid, deposit:<pct>, monthly:<days>, instalments:<pct>@<days>,…. */
  'money.notTerms': Record<string, never>
  /** Instalments whose shares do not add up to 100 % (`sum`: what they add up to). */
  'money.instalmentsSum': { sum: number }
  /** An instalment not later than the one before it. */
  'money.instalmentsOrder': Record<string, never>
}
