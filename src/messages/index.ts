import { useWords, type Msg } from '../domain/message.js'
import { en } from './en/index.js'
import { wordsOf } from './words.js'

/**
 * The words of the program: the catalogue the cli installs at start (English for now; issue 14
 * puts a Chinese one beside it and picks by the desk's or the user's language).
 */
export const catalogue = en

/** The words of a message in the current catalogue. */
export function t(m: Msg): string {
  return wordsOf(catalogue, m)
}

/** Installs the catalogue for the layers below, which hold only keys and values. */
export function installWords(): void {
  useWords(t)
}

