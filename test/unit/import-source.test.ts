import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImportFileError } from '../../src/domain/import-outcome.js'
import { installWords } from '../../src/messages/index.js'
import { openImportSource, type ImportEncoding, type ImportFormat, type SourceRecord } from '../../src/services/import/read-source.js'

const dir = mkdtempSync(join(tmpdir(), 'orderdesk-import-source-'))
// the reasons are the catalogue's words, as the cli installs them
beforeAll(installWords)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
async function read(content: string | Buffer, opts: { format?: ImportFormat; encoding?: ImportEncoding; name?: string } = {}) {
  const path = join(dir, opts.name ?? `f${n++}`)
  writeFileSync(path, content)
  const src = await openImportSource({ path, format: opts.format, encoding: opts.encoding ?? 'utf8', jsonColumns: ['ext_ref', 'sku', 'qty', 'note'] })
  const records: SourceRecord[] = []
  for await (const chunk of src.chunks()) records.push(...chunk)
  return { header: src.header, format: src.format, records }
}

async function failure(content: string, format?: ImportFormat): Promise<ImportFileError> {
  try {
    await read(content, { format })
  } catch (e) {
    return e as ImportFileError
  }
  throw new Error('expected the file to be refused')
}

describe('CSV', () => {
  it('a BOM, CRLF, quoted commas, quotes and newlines; records carry the line they start on; empty lines skipped', async () => {
    const r = await read('\uFEFFext_ref,note\r\nA,"one, ""two""\r\nthree"\r\n\r\nB,plain\r\n')
    expect(r.header).toEqual(['ext_ref', 'note'])
    expect(r.records).toEqual([
      { line: 2, values: ['A', 'one, "two"\r\nthree'] },
      { line: 5, values: ['B', 'plain'] },
    ])
  })

  it('GBK', async () => {
    const r = await read(iconv.encode('单号,备注\nG-1,张先生来电\n', 'gbk'), { encoding: 'gbk' })
    expect(r.header).toEqual(['单号', '备注'])
    expect(r.records).toEqual([{ line: 2, values: ['G-1', '张先生来电'] }])
  })

  it('a quote never closed is a file error with its line; an empty file too', async () => {
    const e = await failure('ext_ref,note\nA,ok\nB,"never closed\n')
    expect(e).toBeInstanceOf(ImportFileError)
    expect(e.message).toMatch(/^cannot read the file at line \d+: Quote Not Closed/)
    expect((await failure('')).message).toBe('cannot read the file: the file is empty (a header row is needed)')
  })

  it('a quote opening in the middle of a field is a file error too (csv-parse names that one without CSV_)', async () => {
    const e = await failure('ext_ref,sku,qty\nA,NW-001,1\nB,NW-00\u00e4"x,2\n')
    expect(e).toBeInstanceOf(ImportFileError)
    expect(e.message).toMatch(/^cannot read the file at line 3: Invalid Opening Quote: a quote is found on field 1 at line 3/)
  })

  it('many chunks: every record, in order, with its line', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `R-${i},"x\ny"`)
    const r = await read(`ext_ref,note\n${rows.join('\n')}\n`)
    expect(r.records).toHaveLength(5000)
    expect(r.records[4999]).toEqual({ line: 2 + 4999 * 2, values: ['R-4999', 'x\ny'] })
  })
})

describe('JSON', () => {
  it('an array of rows or of orders with lines; keys case-insensitive; numbers as text; split across chunks', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ EXT_REF: `J-${i}`, note: 'a } b ] c { "q" \\ d', lines: [{ sku: 'NW-001', qty: i + 1 }, { sku: 'NW-002', qty: 2.5 }] }))
    const text = `[\n${many.map((o) => JSON.stringify(o)).join(',\n')}\n]\n`
    const r = await read(text, { name: 'orders.json' })
    expect(r.format).toBe('json')
    expect(r.records).toHaveLength(6000)
    expect(r.records[0]).toEqual({ line: 2, values: ['J-0', 'NW-001', '1', 'a } b ] c { "q" \\ d'] })
    expect(r.records[5999]).toEqual({ line: 3001, values: ['J-2999', 'NW-002', '2.5', 'a } b ] c { "q" \\ d'] })
  })

  it('JSON Lines: blank lines skipped, lines exact', async () => {
    const r = await read('{"ext_ref":"L-1","sku":"A","qty":1}\n\n{"ext_ref":"L-2","sku":"B","qty":"2","extra":true}', { format: 'jsonl' })
    expect(r.records).toEqual([
      { line: 1, values: ['L-1', 'A', '1', ''] },
      { line: 3, values: ['L-2', 'B', '2', ''] },
    ])
  })

  it('bad JSON, a non-array and an unclosed array are file errors with their line', async () => {
    expect((await failure('[\n{"ext_ref": "A"},\n{"ext_ref": }\n]', 'json')).message).toMatch(/^cannot read the file at line 3: not valid JSON/)
    expect((await failure('{"ext_ref": "A"}', 'json')).message).toContain('must be an array of objects')
    expect((await failure('[{"ext_ref": "A"},', 'json')).message).toContain('the JSON array is not closed')
    expect((await failure('[1, 2]', 'json')).message).toContain('each element must be an object')
    expect((await failure('{"ext_ref": "A"}\nnot json\n', 'jsonl')).message).toMatch(/^cannot read the file at line 2: not valid JSON/)
  })
})
