import type { Command } from 'commander'
import { described } from '../../help.js'
import * as accept from './accept.js'
import * as dispatch from './dispatch.js'
import * as done from './done.js'
import * as list from './list.js'
import * as progress from './progress.js'
import * as rate from './rate.js'
import * as reject from './reject.js'
import * as reopen from './reopen.js'
import * as sign from './sign.js'

/** `production list|sign|accept|reject|dispatch|progress|done|reopen|rate`: MC's side of the procedure (and the manager's signature). */
export function registerProduction(program: Command): void {
  const production = described(program.command('production'), 'production')
  for (const verb of [list, sign, accept, reject, dispatch, progress, done, reopen, rate]) verb.register(production)
}
