import type { MessageKey, MessageParams, Msg } from '../domain/message.js'

/** The words of a set of messages: for each key, a function of its values. */
export type Words<M> = { readonly [K in keyof M]: (p: M[K]) => string }

/** A topic of messages: what its keys start with (`order` of `order.recorded`). */
export type Topic = MessageKey extends infer K ? (K extends `${infer T}.${string}` ? T : never) : never

/**
 * A whole language: the words of every message the program can say, by topic (a missing key
 * does not compile). Kept as one object per topic, not one flat object of every key: building
 * that took ~700 property additions at every start (bench/README.md, start-up).
 */
export type Catalogue = { readonly [T in Topic]: Words<Pick<MessageParams, Extract<MessageKey, `${T}.${string}`>>> }

/** Words a message in a catalogue. */
export function wordsOf(catalogue: Catalogue, m: Msg): string {
  const words = catalogue[m.key.slice(0, m.key.indexOf('.')) as Topic] as Readonly<Record<string, (p: unknown) => string>>
  return words[m.key]!(m.params)
}

/** Every key a catalogue words. */
export function keysOf(catalogue: Catalogue): string[] {
  return Object.values(catalogue).flatMap((words) => Object.keys(words))
}
