import { languageNamed } from '../domain/language.js'
import { useLanguage, WORDS_LANGUAGE_VARIABLE } from '../messages/index.js'
import { startImportWorker } from '../services/import/feed-worker.js'

/**
 * Entry point of the `import orders` reader thread (bundled as dist/import-worker.cjs). What the
 * thread finds in the rows (a bad cell, an ext_ref met twice, where the file broke) crosses to
 * the command's thread as messages (key and values), worded there with the summary; what stops
 * the thread itself (a missing column, a file it cannot open) it words here, from the
 * catalogue, in the language the command's thread chose (passed on in the environment the
 * thread starts with).
 */
void useLanguage(languageNamed(process.env[WORDS_LANGUAGE_VARIABLE] ?? '') ?? 'en').then(startImportWorker)
