/** The parameters of the common messages: each key a message, each value what its words need. */
export interface CommonMessages {
  /** A value that must not be empty (a reason, a name). */
  'common.empty': Record<string, never>
  /** Text longer than allowed. */
  'common.tooLong': { max: number }
  /** A number or an amount beyond what the desk holds. */
  'common.tooLarge': Record<string, never>
  /** A date before the business date where only today or later makes sense. */
  'common.beforeToday': { today: string }
  /** Not a date `YYYY-MM-DD` (nor today, tomorrow, +N). */
  'common.notADate': Record<string, never>
  /** Not an amount of money (12.50). */
  'common.notAnAmount': Record<string, never>
  /** An amount with three or more decimals. */
  'common.atMostTwoDecimals': Record<string, never>
  /** A quantity that is not a positive whole number. */
  'common.notPositiveWhole': Record<string, never>
  /** An `--item` that is not `sku=qty` or `sku=qty@price`. */
  'common.notAnItem': Record<string, never>
  /** A `sku=value` pair (`--mc-date`) that is not one. */
  'common.notSkuValue': Record<string, never>
}
