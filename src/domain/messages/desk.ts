import type { Language } from '../language.js'
import type { Msg } from '../message.js'

/** An errno the file system answers with that the desk explains in words (store/environment.ts). */
export type SystemCode = 'ENOSPC' | 'EDQUOT' | 'EACCES' | 'EPERM' | 'EROFS' | 'EISDIR' | 'ENOTDIR' | 'EIO' | 'EMFILE' | 'ENFILE' | 'EFBIG'

/** What stopped a write half-way (an import ends with a summary, exit 6). */
export type StopKind = 'disk_full' | 'io_error' | 'read_only' | 'connection_lost'

/** Why a desk's audit trail does not verify, in a few words: its first break (`audit.edited` …), or its first row that does not match. */
export type TrailFault = { reason: Msg } | { mismatches: number; table: string; key: string; kind: string }

/** What a backup copy failed on. */
export type CopyFault =
  | { kind: 'integrity'; problems: string[] }
  | { kind: 'count'; table: string; copy: number; desk: number }
  | { kind: 'lastEvent'; copy: number | null; desk: number | null }

/**
 * The parameters of the desk messages (the database, its files, the files a command writes, the
 * environment that refuses them, backup and migrate-db): each key a message, each value what
 * its words need. `database: null` where no desk is named ("the database").
 */
export interface DeskMessages {
  /** No desk where the command looks: no file there, or an empty database. */
  'desk.none': { database: string; why: 'no_file' | 'empty' }
  /** The database stayed locked beyond the busy timeout (exit 5). */
  'desk.busy': Record<string, never>
  /** The database server cannot be reached or refused the connection (`reason`: the driver's words). */
  'desk.unavailable': { database: string; reason: string }
  /** ORDERDESK_BUSY_TIMEOUT_MS that is not a whole number of milliseconds up to `max`. */
  'desk.busyTimeoutRule': { max: number }
  /** A database written by a newer version of the program. */
  'desk.schemaTooNew': { current: string; latest: string }
  /** A command that only reads, on a desk with an older schema. */
  'desk.schemaTooOld': { database: string; current: string | null; latest: string }
  /** A database with tables of its own and no desk schema. */
  'desk.notADesk': { database: string; engine: 'sqlite' | 'postgres' }
  /** The desk path cannot be looked at (a folder on the way refuses, or is a file). */
  'desk.pathUnreachable': { path: string; code: string }
  /** A folder named as the desk. */
  'desk.folder': { path: string; example: string }

  // the environment refuses the desk (exit 6)
  'desk.diskFull': { database: string | null; said: string }
  'desk.connectionLost': { database: string | null; said: string }
  'desk.notADatabase': { database: string | null; said: string }
  'desk.damaged': { database: string | null; said: string; engine: 'sqlite' | 'postgres'; code: string }
  'desk.readOnly': { database: string | null; said: string }
  'desk.ioError': { database: string | null; said: string; code: string }
  'desk.cannotOpen': { database: string | null; said: string }
  'desk.pgPermission': { database: string | null; said: string; code: string }
  'desk.pgReadOnly': { database: string | null; said: string; code: string }
  'desk.folderRefuses': { path: string; code: string }
  'desk.cannotCreate': { path: string; folder: string; code: string }
  'desk.cannotRead': { path: string; code: string }
  'desk.walFolderReadOnly': { path: string; folder: string; file: string }
  'desk.notWritable': { path: string; folder: string; which: 'file' | 'folder'; code: string }
  'desk.systemRefused': { syscall: string; path: string | null; code: SystemCode }
  /** The import's summary: what stopped it, with the driver's own words. */
  'desk.stopped': { kind: StopKind; said: string }

  // the files a command writes (store/output-file.ts)
  'desk.outputEmpty': Record<string, never>
  'desk.outputIsInput': Record<string, never>
  'desk.outputIsDesk': Record<string, never>
  'desk.outputIsDeskJournal': { suffix: string }
  'desk.outputIsFolder': Record<string, never>
  'desk.outputNotRegular': Record<string, never>
  'desk.outputIsJournal': { suffix: string }
  'desk.outputIsWal': Record<string, never>
  'desk.outputIsRollbackJournal': Record<string, never>
  'desk.outputIsDatabase': Record<string, never>
  'desk.outputNotBackup': Record<string, never>
  'desk.outputInUse': Record<string, never>
  'desk.outputExists': { file: string }
  'desk.notAFolder': { path: string }
  'desk.noFolder': { path: string }
  /** The file system refused a file being written; `tail` null: "nothing was written". */
  'desk.writeFailed': { label: string | Msg; file: string; code: string; reason: string | Msg; tail: string | Msg | null }

  // backup
  'desk.backupPostgres': { database: string; file: string }
  'desk.backupLabel': Record<string, never>
  'desk.backupFolder': Record<string, never>
  'desk.backupIsDesk': Record<string, never>
  'desk.backupWriteFailed': { file: string; code: string; said: string }
  'desk.backupCheckFailed': { fault: CopyFault }
  /** `backup`: done (`size` as render/byte-size.ts writes it). */
  'desk.backupWritten': { file: string; size: string; orders: number; events: number; stockMoves: number }
  /** `backup`: the last audit event in the copy (keep its hash). */
  'desk.backupLastEvent': { id: number; hash: string }

  // migrate-db
  'desk.migrateFromNotSqlite': Record<string, never>
  'desk.migrateToNotPg': Record<string, never>
  'desk.migrateFromFolder': Record<string, never>
  'desk.migrateMissingEnds': { missing: string[] }
  'desk.migrateSourceBroken': { from: string; fault: TrailFault | null }
  'desk.migrateTargetNotEmpty': { database: string; tables: [string, number][] }
  'desk.migrateMismatch': { database: string; tables: { name: string; source: number; target: number }[] }
  'desk.migrateAuditMismatch': { database: string; fault: TrailFault | null; head: number | null; sourceHead: number | null }
  /** `migrate-db` on a terminal: one table copied. */
  'desk.migrateCopied': { table: string; rows: number }
  /** `migrate-db`: done (`seconds` with one decimal). */
  'desk.migrated': { from: string; to: string; rows: number; tables: number; seconds: string }
  /** `migrate-db`: what to do next, as the `next:` line shows it. */
  'desk.migrateNext': Record<string, never>
  /** `migrate-db`'s table of counts: its three headers. */
  'desk.copyTable': Record<string, never>
  'desk.copySource': Record<string, never>
  'desk.copyTarget': Record<string, never>
  /** `migrate-db`: the audit chain verified in the copy. */
  'desk.copyAudit': { verified: number; head: { id: number; hash: string } | null }
  /** copyPlan: the desk's foreign keys go round in a circle (a bug of a migration). */
  'desk.foreignKeyCycle': { tables: string[] }
  /** `init` on a terminal: which language the new desk speaks. */
  'desk.askLanguage': Record<string, never>
  /** A language by its own name, for the pick list (English, 中文). */
  'desk.languageName': { language: Language }
  /** `init`: the language it recorded for the desk. */
  'desk.languageRecorded': { language: Language }
  /** `init`: the desk is ready at `path`. */
  'desk.ready': { path: string }
  /** `init --demo`: what the demo added. */
  'desk.demoAdded': { users: number; customers: number; products: number; stocked: number }
  /** `init --demo`: the demo's users and their roles (the manager's PIN). */
  'desk.demoUsers': Record<string, never>
  /** `init --demo`: a first command to try. */
  'desk.demoTry': { kind: 'northwind' | 'wood' }
  /** `init` of a desk without users: how to add the first. */
  'desk.noUsersYet': Record<string, never>
}
