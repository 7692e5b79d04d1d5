import type { MessageParams, Msg } from '../domain/message.js'

/** The words of a set of messages: for each key, a function of its values. */
export type Words<M> = { readonly [K in keyof M]: (p: M[K]) => string }

/** A whole language: words for every message the program can say (a missing key does not compile). */
export type Catalogue = Words<MessageParams>

/** Words a message in a catalogue. */
export function wordsOf(catalogue: Catalogue, m: Msg): string {
  const f = catalogue[m.key] as (p: unknown) => string
  return f(m.params)
}
