import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImportFileError } from '../../src/domain/import-outcome.js'
import { installWords } from '../../src/messages/index.js'
import { openImportSource, type ImportEncoding, type ImportFormat, type SourceRecord } from '../../src/services/import/read-source.js'

/**
 * Issue 16 §9: an import file is read in the encoding it is said to be in, or refused with the
 * file line of the first byte that is not — never stored with U+FFFD in its place. Read in
 * 64 KiB chunks: characters split between chunks are whole again.
 */
const dir = mkdtempSync(join(tmpdir(), 'orderdesk-import-encoding-'))
// the reasons are the catalogue's words, as the cli installs them
beforeAll(installWords)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
async function read(content: Buffer | string, opts: { format?: ImportFormat; encoding?: ImportEncoding; name?: string; stdin?: boolean } = {}) {
  const path = join(dir, opts.name ?? `f${n++}`)
  writeFileSync(path, content)
  const src = await openImportSource({
    path: opts.stdin ? '-' : path,
    format: opts.format,
    encoding: opts.encoding ?? 'utf8',
    jsonColumns: ['ext_ref', 'note'],
    stdin: opts.stdin ? Readable.from([Buffer.from(content)]) : undefined,
  })
  const records: SourceRecord[] = []
  for await (const chunk of src.chunks()) records.push(...chunk)
  return { header: src.header, records }
}

async function failure(content: Buffer | string, opts: Parameters<typeof read>[1] = {}): Promise<ImportFileError> {
  try {
    await read(content, opts)
  } catch (e) {
    expect(e).toBeInstanceOf(ImportFileError)
    return e as ImportFileError
  }
  throw new Error('expected the file to be refused')
}

describe('UTF-8 (the default)', () => {
  it('characters split between 64 KiB chunks are read whole; U+FFFD written as such is kept', async () => {
    // the 3-byte 张 and the 4-byte 🍰 straddle the chunk boundaries at 65536 and 131072
    const pad = (to: number, used: number) => 'x'.repeat(to - used)
    const head = 'ext_ref,note\n'
    const first = `A,${pad(65536 - 1, head.length + 2)}张\n`
    const second = `B,${pad(131072 - 2, head.length + Buffer.byteLength(first) + 2)}🍰\n`
    const r = await read(Buffer.from(`${head}${first}${second}C,literal \uFFFD\n`))
    expect(r.records.map((x) => [x.line, x.values[0], x.values[1]!.slice(-1) === '张' || x.values[1]!.endsWith('🍰') || x.values[1]!.endsWith('\uFFFD')])).toEqual([
      [2, 'A', true],
      [3, 'B', true],
      [4, 'C', true],
    ])
  })

  it('a byte that is not UTF-8 refuses the file at its line, even inside a quoted multi-line cell and after many chunks', async () => {
    const e = await failure(Buffer.concat([Buffer.from('ext_ref,note\nA,ok\nB,"one\ntwo '), Buffer.from([0xc4]), Buffer.from('"\n')]))
    expect(e.line).toBe(4)
    expect(e.message).toBe('cannot read the file at line 4: it is not UTF-8 (byte 0xC4); if it was saved as GBK, import it with --encoding gbk')
    const rows = Array.from({ length: 20000 }, (_, i) => `R-${i},note ${i}`).join('\n')
    const late = await failure(Buffer.concat([Buffer.from(`ext_ref,note\n${rows}\nZ,`), iconv.encode('张先生', 'gbk'), Buffer.from('\n')]))
    expect(late.line).toBe(20002)
    // a sequence cut short by the end of the file, an overlong form, a surrogate in UTF-8
    expect((await failure(Buffer.concat([Buffer.from('ext_ref,note\nA,'), Buffer.from([0xe5, 0xbc])]))).line).toBe(2)
    expect((await failure(Buffer.concat([Buffer.from('ext_ref,note\nA,'), Buffer.from([0xc0, 0xaf])]))).line).toBe(2)
    expect((await failure(Buffer.concat([Buffer.from('ext_ref\n\n\n'), Buffer.from([0xed, 0xa0, 0x80])]))).line).toBe(4)
  })

  it('JSON and JSON Lines the same; stdin is checked as it is read', async () => {
    const bad = Buffer.concat([Buffer.from('[\n{"ext_ref":"A","note":"ok"},\n{"ext_ref":"B","note":"'), Buffer.from([0xff]), Buffer.from('"}\n]\n')])
    expect((await failure(bad, { name: 'x.json' })).line).toBe(3)
    expect((await failure(Buffer.concat([Buffer.from('{"ext_ref":"A"}\n{"ext_ref":"'), Buffer.from([0x80]), Buffer.from('"}\n')]), { format: 'jsonl' })).line).toBe(2)
    const e = await failure(Buffer.concat([Buffer.from('ext_ref,note\nA,ok\nB,'), Buffer.from([0xd5, 0xc5]), Buffer.from('\n')]), { stdin: true })
    expect(e.line).toBe(3)
  })

  it('a UTF-8 BOM is not part of the header; a UTF-16 byte-order mark is named', async () => {
    expect((await read(Buffer.from('\uFEFFext_ref,note\nA,b\n'))).header).toEqual(['ext_ref', 'note'])
    expect((await read(Buffer.from('\uFEFF{"ext_ref":"A"}\n'), { format: 'jsonl' })).records).toEqual([{ line: 1, values: ['A', ''] }])
    const e = await failure(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ext_ref\nA\n', 'utf16le')]))
    expect(e.message).toBe('cannot read the file at line 1: it is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8')
  })
})

describe('GBK (--encoding gbk)', () => {
  it('reads GBK, and refuses a byte sequence that is not GBK at its line', async () => {
    expect((await read(iconv.encode('单号,备注\nG-1,张先生来电\n', 'gbk'), { encoding: 'gbk' })).records).toEqual([{ line: 2, values: ['G-1', '张先生来电'] }])
    const e = await failure(Buffer.concat([iconv.encode('单号,备注\nG-1,张\nG-2,', 'gbk'), Buffer.from([0x81, 0x0a])]), { encoding: 'gbk' })
    expect(e.line).toBe(3)
    expect(e.message).toBe('cannot read the file at line 3: it is not GBK (a byte sequence that is no GBK character); if it was saved as UTF-8, import it without --encoding gbk')
  })
})
