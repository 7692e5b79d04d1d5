/**
 * The customer's side of the paperwork (issue 19 §7): the returned signed copy (回签) of a
 * contract or an order confirmation, and the files kept with an order (attachments).
 */

/** A document the customer signs and returns: the sales contract or the order confirmation. */
export type CountersignedKind = 'contract' | 'confirmation'

export interface PaperMessages {
  // issue 19: countersign and attachments
  /** Done: the returned signed copy of `document` is recorded. */
  'paper.countersigned': { kind: CountersignedKind; document: string; order: string; date: string; ref: string }
  /** Refused: the order has no contract yet, so nothing of `kind` was issued to sign (`status`: the order's; `signFirst`: an offer, `contract sign` comes next). */
  'paper.notIssued': { kind: CountersignedKind; order: string; status: string; signFirst: boolean }
  /** Refused: `document` was countersigned already (a record is kept; `--correct --reason` adds one that supersedes it). */
  'paper.alreadyCountersigned': { kind: CountersignedKind; document: string; date: string; ref: string; by: string }
  /** The `<order>` of countersign: an order number or a document number of this kind (`-CT<n>`, `-OC<n>`). */
  'paper.countersignRef': { kind: CountersignedKind }
  /** --date after today: the customer cannot have signed yet. */
  'paper.dateAfterToday': { today: string }
  /** --date before the document was issued. */
  'paper.dateBeforeIssue': { document: string; issued: string }

  /** Done: a file is kept with the order as attachment `n`. */
  'paper.attached': { n: number; name: string; bytes: number; sha256: string; order: string }
  /** The file is larger than the desk keeps (`max`: the setting attach.maxBytes). */
  'paper.tooLarge': { bytes: number; max: number }
  /** The file is empty. */
  'paper.emptyFile': Record<string, never>
  /** The path is not a regular file (a folder, a device). */
  'paper.notRegularFile': Record<string, never>
  /** A file name with a folder separator, or `.`/`..`. */
  'paper.nameSeparator': Record<string, never>
  /** After a refused file name taken from the path: give one with --name. */
  'paper.nameHint': { reason: string }
  /** `attach get <order> <n>`: n is not a whole number of 1 or more. */
  'paper.attachmentNumber': Record<string, never>
  /** Refused: the stored bytes do not match the SHA-256 sealed with the attachment. */
  'paper.contentChanged': { order: string; n: number; expected: string; actual: string }
  /** Refused: the --out file exists and --force was not given. */
  'paper.outExists': { file: string }
  /** Done: attachment `n` written to `file`. */
  'paper.written': { order: string; n: number; name: string; file: string; bytes: number }
  /** What --out is, for "cannot write …". */
  'paper.outLabel': Record<string, never>
  /** The prompt for --out (a terminal, no --out). */
  'paper.askOut': Record<string, never>
  /** The prompts of countersign: when the customer signed, and the returned copy's reference. */
  'paper.askDate': Record<string, never>
  'paper.askRef': Record<string, never>

  /** `order show`: one countersignature. */
  'paper.countersignLine': { document: string; date: string; ref: string; by: string }
  /** `order show`: one attachment. */
  'paper.attachmentLine': { n: number; name: string; bytes: number; sha256: string; by: string; at: string }
  /** The customer's box on a countersigned form: the reference of the returned copy. */
  'paper.formRef': { ref: string }
  /** The setting attach.maxBytes: a whole number of bytes from min to max. */
  'paper.settingNotBytes': { min: number; max: number }

  // issue 19: records
  /** Refused: `--correct` on a document not countersigned yet: there is nothing to correct. */
  'paper.nothingToCorrect': { kind: CountersignedKind; document: string }
  /** `--reason` given without `--correct`. */
  'paper.reasonWithoutCorrect': Record<string, never>
  /** The missing flag of `--correct`, as the error names it. */
  'paper.correctReasonFlag': Record<string, never>
  /** The prompt for why a countersignature is corrected. */
  'paper.askCorrectReason': Record<string, never>
  /** Done: a correction recorded (`was`: the record it supersedes). */
  'paper.corrected': { kind: CountersignedKind; document: string; order: string; date: string; ref: string; wasDate: string; wasRef: string; reason: string }
  /** `order show`: under a corrected countersignature, the record it superseded and why. */
  'paper.correctedLine': { date: string; ref: string; by: string; at: string; reason: string }
}
