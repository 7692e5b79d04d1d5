import type { Command } from 'commander'
import { described } from '../../help.js'
import * as accept from './accept.js'
import * as dispatch from './dispatch.js'
import * as done from './done.js'
import * as list from './list.js'
import * as progress from './progress.js'
import * as rate from './rate.js'
import * as reject from './reject.js'

/** `production list|accept|reject|dispatch|progress|done|rate`: MC's side of the procedure. */
export function registerProduction(program: Command): void {
  const production = described(program.command('production'), 'production')
  for (const verb of [list, accept, reject, dispatch, progress, done, rate]) verb.register(production)
}
