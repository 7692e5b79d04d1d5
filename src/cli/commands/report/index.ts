import type { Command } from 'commander'
import { described } from '../../help.js'
import * as status from './status.js'

/** `report status`: the nightly status report. */
export function registerReport(program: Command): void {
  const report = described(program.command('report'), 'report')
  status.register(report)
}
