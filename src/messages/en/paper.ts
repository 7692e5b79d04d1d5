import type { PaperMessages } from '../../domain/messages/paper.js'
import type { Words } from '../words.js'
import { names } from './names.js'

/** A file's size for a person: bytes below a kilobyte, kB (rounded up) below a megabyte, else MB with one decimal. */
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${bytes} bytes`)

const DOC = { contract: 'the sales contract', confirmation: 'the order confirmation' } as const

/** The customer's paperwork in English: countersignatures (回签) and attachments. */
export const paper: Words<PaperMessages> = {
  // issue 19: countersign and attachments
  'paper.countersigned': (p) => `recorded the customer's signed copy of ${p.document} (${DOC[p.kind]} of order ${p.order}), signed ${p.date}, ref ${p.ref}`,
  'paper.notIssued': (p) =>
    `order ${p.order} is ${names['name.orderStatus']({ status: p.status })}: it has no ${p.kind === 'contract' ? 'sales contract' : 'order confirmation'} for the customer to sign yet${p.signFirst ? `; sign the contract first: \`orderdesk contract sign ${p.order}\`` : ''}`,
  'paper.alreadyCountersigned': (p) =>
    `${p.document} was countersigned already: signed ${p.date}, ref ${p.ref} (recorded by ${p.by}); a record is kept as it was entered — to correct it, record the right one over it: \`orderdesk ${p.kind} countersign ${p.document} --date <date> --ref <reference> --correct --reason <why>\``,
  'paper.countersignRef': (p) => `must be an order number or a document number of its ${p.kind === 'contract' ? 'sales contract (26-00001-CT1)' : 'order confirmation (26-00001-OC1)'}`,
  'paper.dateAfterToday': (p) => `must not be after today (${p.today}): the customer cannot have signed yet`,
  'paper.dateBeforeIssue': (p) => `must not be before ${p.document} was issued (${p.issued})`,

  'paper.attached': (p) => `attached ${p.name} to order ${p.order} as #${p.n} (${size(p.bytes)}, sha256 ${p.sha256})`,
  'paper.tooLarge': (p) => `is ${size(p.bytes)} (${p.bytes} bytes); the desk keeps files up to ${size(p.max)} (${p.max} bytes; setting attach.maxBytes)`,
  'paper.emptyFile': () => 'is empty',
  'paper.notRegularFile': () => 'is not a file (a folder or a device)',
  'paper.nameSeparator': () => 'must be a file name without a folder (no / or \\, not . or ..)',
  'paper.nameHint': (p) => `${p.reason}; give the name to keep with --name`,
  'paper.attachmentNumber': () => 'must be an attachment number (1, 2, …) as order show lists them',
  'paper.contentChanged': (p) =>
    `attachment #${p.n} of order ${p.order} does not match its record (sha256 ${p.actual}, recorded ${p.expected}): the desk was changed outside orderdesk; nothing was written (run \`orderdesk audit verify\`)`,
  'paper.outExists': (p) => `${p.file} already exists; nothing was written (pass --force to replace it)`,
  'paper.written': (p) => `wrote attachment #${p.n} of order ${p.order} (${p.name}, ${size(p.bytes)}) to ${p.file}`,
  'paper.outLabel': () => 'the attachment to',
  'paper.askOut': () => 'Write the attachment to (file)',
  'paper.askDate': () => 'Date the customer signed (YYYY-MM-DD)',
  'paper.askRef': () => 'Reference of the returned signed copy (fax no., scan, #attachment)',

  'paper.countersignLine': (p) => `${p.document}  signed by the customer ${p.date}  ref ${p.ref}  (recorded by ${p.by})`,
  'paper.attachmentLine': (p) => `#${p.n}  ${p.name}  ${size(p.bytes)}  sha256 ${p.sha256.slice(0, 16)}…  ${p.by} ${p.at.slice(0, 10)}`,
  'paper.formRef': (p) => `ref ${p.ref}`,
  'paper.settingNotBytes': (p) => `must be a whole number of bytes from ${p.min} to ${p.max} (${size(p.max)}), e.g. 20971520 for 20 MB`,

  // issue 19: records
  'paper.nothingToCorrect': (p) => `${p.document} (${DOC[p.kind]}) has no countersignature to correct yet; record it without --correct`,
  'paper.reasonWithoutCorrect': () => '--reason goes with --correct: why the countersignature recorded is corrected',
  'paper.correctReasonFlag': () => '--reason (why the countersignature is corrected)',
  'paper.askCorrectReason': () => 'Why is the countersignature recorded corrected',
  'paper.corrected': (p) =>
    `corrected the customer's signed copy of ${p.document} (${DOC[p.kind]} of order ${p.order}): now signed ${p.date}, ref ${p.ref} (was signed ${p.wasDate}, ref ${p.wasRef}); reason: ${p.reason}`,
  'paper.correctedLine': (p) => `corrects: signed ${p.date}  ref ${p.ref}  (recorded by ${p.by} ${p.at.slice(0, 10)}); reason: ${p.reason}`,
}
