/**
 * The files a command writes besides the desk (a printed form or a report to `--out`, the
 * import's `--errors`): checked before anything is done, written atomically after. The rules
 * (never the input, the desk or another database; an existing file only as the command allows)
 * are the store's one writer's (store/output-file.ts, docs/safety.md).
 */
export { checkOutput, writeFileAtomic, type OutputRules, type OutputTarget } from '../store/output-file.js'
