import { describe, expect, it } from 'vitest'
import { languageNamed, languageOfLocale } from '../../src/domain/language.js'
import { languageBeforeDesk } from '../../src/cli/language.js'
import { installWords } from '../../src/messages/index.js'

installWords()

describe('languageOfLocale: the first of LC_ALL, LC_MESSAGES, LANG that is set decides', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-CN'],
    [{ LANG: 'zh' }, 'zh-CN'],
    [{ LC_MESSAGES: 'zh_CN.GB18030', LANG: 'en_US.UTF-8' }, 'zh-CN'],
    [{ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }, undefined],
    [{ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LANG: 'en_US.UTF-8' }, undefined],
    [{ LANG: 'zhx' }, undefined],
    [{}, undefined],
  ] as const)('%j → %s', (env, language) => {
    expect(languageOfLocale(env)).toBe(language)
  })
})

describe('languageNamed', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh_cn', 'zh-CN'],
    [' zh ', 'zh-CN'],
    ['en', 'en'],
    ['EN-us', 'en'],
    ['fr', undefined],
    ['', undefined],
  ] as const)('%j → %s', (value, language) => {
    expect(languageNamed(value)).toBe(language)
  })
})

describe('languageBeforeDesk: --lang, else ORDERDESK_LANG, else the locale, else English', () => {
  it('takes --lang over ORDERDESK_LANG and the locale', () => {
    expect(languageBeforeDesk(['order', 'list', '--lang', 'en'], { ORDERDESK_LANG: 'zh-CN', LANG: 'zh_CN.UTF-8' })).toEqual({ language: 'en', given: true })
    expect(languageBeforeDesk(['--lang=zh-CN', 'order', 'list'], {})).toEqual({ language: 'zh-CN', given: true })
  })
  it('takes ORDERDESK_LANG over the locale', () => {
    expect(languageBeforeDesk(['order', 'list'], { ORDERDESK_LANG: 'en', LANG: 'zh_CN.UTF-8' })).toEqual({ language: 'en', given: true })
  })
  it('falls back to the locale, which the desk setting may override (not given)', () => {
    expect(languageBeforeDesk(['order', 'list'], { LANG: 'zh_CN.UTF-8' })).toEqual({ language: 'zh-CN', given: false })
    expect(languageBeforeDesk(['order', 'list'], { ORDERDESK_LANG: '' })).toEqual({ language: 'en', given: false })
  })
  it('ignores --lang after --', () => {
    expect(languageBeforeDesk(['inquiry', 'drop', '--', '--lang', 'zh-CN'], {})).toEqual({ language: 'en', given: false })
  })
  it('refuses a language it does not speak, naming the source and the value', () => {
    expect(() => languageBeforeDesk(['--lang', 'fr'], {})).toThrow('invalid --lang "fr": must be zh-CN or en')
    expect(() => languageBeforeDesk([], { ORDERDESK_LANG: 'klingon' })).toThrow('invalid ORDERDESK_LANG "klingon": must be zh-CN or en')
  })
})
