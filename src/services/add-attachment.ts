import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { NotFoundError, ValidationError } from '../domain/errors.js'
import { msg, say } from '../domain/message.js'
import { attachMaxBytes } from '../domain/settings.js'
import { attachmentNameFault } from '../domain/attachment-name.js'
import { insertAttachment, nextAttachmentNo } from '../store/queries/attachments.js'
import { getSetting } from '../store/queries/settings.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

export interface AddAttachmentInput {
  number: string
  /** The file as given on the command line. */
  path: string
  /** The name to keep (--name); else the file's own name, without its folder. */
  name?: string
}

export interface AddAttachmentResult {
  order: string
  n: number
  name: string
  bytes: number
  sha256: string
  addedBy: string
  addedAt: string
}

/**
 * Keeps a file with an order (a fax scan, a PDF, a call recording: SPEC's 传真 / 电话录音记录),
 * numbered within the order, with its SHA-256. Refused (exit 2, nothing written) when it is not
 * a file, is empty or is larger than the setting `attach.maxBytes` (default 20 MB), or when its
 * name is not fit to keep. The file is read before the write lock is taken.
 */
export async function addAttachment(ctx: ServiceContext, input: AddAttachmentInput): Promise<AddAttachmentResult> {
  requirePermission(ctx, 'attach.add', 'attach.add')
  const name = checkedName(input)
  const max = attachMaxBytes(await getSetting(ctx.db, 'attach.maxBytes'))
  const content = readLimited(input.path, max)
  const sha256 = createHash('sha256').update(content).digest('hex')
  return orderStep(ctx, input.number, 'attach', async (tx, order, at) => {
    const n = await nextAttachmentNo(tx, order.id)
    await insertAttachment(tx, { orderId: order.id, n, name, content, sha256, by: ctx.actor.name, at })
    return {
      event: { action: 'attach.add', data: { n, name, bytes: content.length, sha256 } },
      result: { order: order.number, n, name, bytes: content.length, sha256, addedBy: ctx.actor.name, addedAt: at },
    }
  })
}

/** The name to keep: --name as given, else the file's base name (refused with a hint to give --name). */
function checkedName(input: AddAttachmentInput): string {
  if (input.name !== undefined) {
    const fault = attachmentNameFault(input.name)
    if (fault) throw new ValidationError('name', input.name, fault)
    return input.name
  }
  const name = basename(input.path)
  const fault = attachmentNameFault(name)
  if (fault) throw new ValidationError('file name', name, msg('paper.nameHint', { reason: say(fault) }))
  return name
}

/** The file's bytes, refused when it is not a regular file, is empty or is over `max` bytes (checked before and after reading). */
function readLimited(path: string, max: number): Buffer {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NotFoundError('file', path)
    if (code === 'EISDIR') throw new ValidationError('file', path, msg('paper.notRegularFile', {}))
    throw e
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new ValidationError('file', path, msg('paper.notRegularFile', {}))
    if (st.size > max) throw new ValidationError('file', path, msg('paper.tooLarge', { bytes: st.size, max }))
    // read up to one byte more than allowed: a file that grew since fstat is caught too
    const buf = Buffer.alloc(Math.min(st.size, max) + 1)
    let got = 0
    for (;;) {
      const r = readSync(fd, buf, got, buf.length - got, null)
      if (r === 0) break
      got += r
      if (got === buf.length) break
    }
    if (got > max) throw new ValidationError('file', path, msg('paper.tooLarge', { bytes: Math.max(got, st.size), max }))
    if (got === 0) throw new ValidationError('file', path, msg('paper.emptyFile', {}))
    return buf.subarray(0, got)
  } finally {
    closeSync(fd)
  }
}
