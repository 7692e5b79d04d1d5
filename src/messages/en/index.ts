import type { Catalogue } from '../words.js'
import { aftersales } from './aftersales.js'
import { audit } from './audit.js'
import { change } from './change.js'
import { common } from './common.js'
import { desk } from './desk.js'
import { form } from './form.js'
import { importing } from './import.js'
import { intake } from './intake.js'
import { lines } from './lines.js'
import { master } from './master.js'
import { names } from './names.js'
import { order } from './order.js'
import { paper } from './paper.js'
import { money } from './money.js'
import { production } from './production.js'
import { program } from './program.js'
import { report } from './report.js'
import { settings } from './settings.js'
import { shipping } from './shipping.js'
import { stock } from './stock.js'
import { user } from './user.js'

/** The English catalogue: every message of the program, one file per topic. */
export const en: Catalogue = {
  common,
  order,
  intake,
  master,
  stock,
  production,
  change,
  shipping,
  aftersales,
  import: importing,
  report,
  audit,
  desk,
  form,
  user,
  settings,
  name: names,
  program,
  // issue 19: lines
  lines,
  paper,
  // issue 20: money
  money,
}
