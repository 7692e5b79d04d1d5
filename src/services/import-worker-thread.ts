import { startImportWorker } from './import-worker.js'

/** Entry point of the `import orders` reader thread (bundled as dist/import-worker.cjs). */
startImportWorker()
