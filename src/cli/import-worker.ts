import { languageNamed } from '../domain/language.js'
import { useLanguage, WORDS_LANGUAGE_VARIABLE } from '../messages/index.js'
import { startImportWorker } from '../services/import/feed-worker.js'

/**
 * Entry point of the `import orders` reader thread (bundled as dist/import-worker.cjs): the
 * thread words what it reports (a file it cannot read, an ext_ref met twice) as the command's
 * own thread does, from the catalogue, in the language the command's thread chose (which it
 * passes on in the environment the thread starts with).
 */
void useLanguage(languageNamed(process.env[WORDS_LANGUAGE_VARIABLE] ?? '') ?? 'en').then(startImportWorker)
