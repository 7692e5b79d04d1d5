import type { CopyFault, DeskMessages, SystemCode, StopKind, TrailFault } from '../../domain/messages/desk.js'
import { say } from '../../domain/message.js'
import type { Words } from '../words.js'

/** `database: null` is the database the command has open, unnamed. */
const where = (database: string | null) => database ?? 'the database'

/** An errno, and what EROFS means. */
const because = (code: string) => `${code}${code === 'EROFS' ? ': a read-only file system' : ''}`

const SYSTEM: Record<SystemCode, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'a read-only file system',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EIO: 'a disk I/O error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EFBIG: 'the file is too large for this file system',
}

/** What the refused system call was doing, by its name. */
const VERBS: Record<string, string> = { mkdir: 'create the folder', stat: 'reach', lstat: 'reach', scandir: 'list', unlink: 'remove', rmdir: 'remove', copyfile: 'copy to', link: 'link' }

const STOPPED: Record<StopKind, string> = {
  disk_full: 'the disk is full',
  io_error: 'the disk or file system failed',
  read_only: 'the desk cannot be written',
  connection_lost: 'the connection to the database server was lost',
}

const NEVER_OVER_A_DATABASE = 'orderdesk never writes over a database'

function copyFault(f: CopyFault): string {
  if (f.kind === 'integrity') return `integrity_check: ${f.problems.slice(0, 3).join('; ')}`
  if (f.kind === 'count') return `${f.table}: ${f.copy} in the copy, ${f.desk} in the desk`
  return `last audit event #${f.copy ?? undefined} differs from the desk's #${f.desk ?? undefined}`
}

function trailFault(f: TrailFault): string {
  if ('reason' in f) return say(f.reason)
  return `${f.mismatches} row${f.mismatches === 1 ? '' : 's'} do not match the chain, the first ${f.table} row ${f.key} (${f.kind.replace('row_', '')})`
}

/** The desk messages in English. */
export const desk: Words<DeskMessages> = {
  'desk.none': (p) =>
    p.why === 'no_file'
      ? `no desk at ${p.database}: no such file; check --db or ORDERDESK_DB, or create a desk there with \`orderdesk init\``
      : `no desk in ${p.database}: the database is empty; create the desk there with \`orderdesk init\``,
  'desk.busy': () => 'the database is busy (locked by another orderdesk); try again',
  'desk.unavailable': (p) => `cannot open the database ${p.database}: ${p.reason}`,
  'desk.busyTimeoutRule': (p) => `must be a whole number of milliseconds from 0 to ${p.max}`,
  'desk.schemaTooNew': (p) => `this database was written by a newer orderdesk (schema ${p.current}; this program knows up to ${p.latest}); upgrade orderdesk`,
  'desk.schemaTooOld': (p) =>
    `${p.database} has the schema of an older orderdesk (${p.current ?? 'none'}; this program is at ${p.latest}): run \`orderdesk init\` to bring it up to date (back it up first with \`orderdesk backup <file>\`); commands that only read never change a desk`,
  'desk.notADesk': (p) =>
    `${p.database} is a ${p.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'} database but not an orderdesk desk (it has tables of its own and no orderdesk schema); check --db or ORDERDESK_DB`,
  'desk.pathUnreachable': (p) =>
    `cannot reach ${p.path} (${p.code}${p.code === 'EACCES' ? ': a folder on the way refuses this user' : p.code === 'ENOTDIR' ? ': a part of the path is not a folder' : ''})`,
  'desk.folder': (p) => `${p.path} is a folder, not a database file; name the desk file, e.g. --db ${p.example}`,

  'desk.diskFull': (p) => `the disk holding ${where(p.database)} is full (${p.said}): the change under way was not written; free space there and run the command again`,
  'desk.connectionLost': (p) => `lost the connection to the database${p.database ? ` ${p.database}` : ''} (${p.said}); check the server and run the command again`,
  'desk.notADatabase': (p) => `${where(p.database)} is not a database (SQLite: ${p.said}); check --db or ORDERDESK_DB, which must name an orderdesk desk file`,
  'desk.damaged': (p) =>
    p.engine === 'sqlite'
      ? `${where(p.database)} is damaged (SQLite: ${p.said}); restore it from the last backup (docs/safety.md, Restore)`
      : `${where(p.database)} is damaged (${p.code}: ${p.said}); restore it from the last backup (pg_restore)`,
  'desk.readOnly': (p) => `cannot write ${where(p.database)}: it is read-only (SQLite: ${p.said})`,
  'desk.ioError': (p) => `a disk I/O error on ${where(p.database)} (SQLite ${p.code}: ${p.said}); check the disk, and restore the desk from a backup if it is damaged`,
  'desk.cannotOpen': (p) => `cannot open ${where(p.database)} (SQLite: ${p.said})`,
  'desk.pgPermission': (p) =>
    `${p.database === null ? 'the database' : `the database ${p.database}`} refused: ${p.said} (${p.code}); the desk's database role needs read and write rights on the desk's tables`,
  'desk.pgReadOnly': (p) => `cannot write ${where(p.database)}: the server accepts only reads (${p.said}, ${p.code}); point ORDERDESK_DB at the primary server`,
  'desk.folderRefuses': (p) => `cannot reach ${p.path} (${because(p.code)}); a folder on the way refuses this user`,
  'desk.cannotCreate': (p) => `cannot create ${p.path}: this user cannot write the folder ${p.folder} (${because(p.code)}); create the desk where the desk's group may write`,
  'desk.cannotRead': (p) => `permission denied: this user cannot read ${p.path} (${because(p.code)}); ask for access to the desk (its clerks share one group, mode 0660)`,
  'desk.walFolderReadOnly': (p) =>
    `cannot read ${p.path}: it is in WAL mode and this user cannot write its folder ${p.folder}, where SQLite keeps ${p.file}-shm even for reading; make the folder writable for the desk's group, or read a backup of the desk (one file that reads anywhere)`,
  'desk.notWritable': (p) =>
    `${p.which === 'file' ? `${p.path} is read-only for this user (${because(p.code)})` : `the folder ${p.folder} of ${p.path} is read-only for this user (${because(p.code)})`}: this command writes to the desk; run it where the desk and its folder are writable (mode 0660, folder 0770)`,
  'desk.systemRefused': (p) =>
    `cannot ${VERBS[p.syscall] ?? p.syscall}${p.path ? ` ${p.path}` : ''}: ${SYSTEM[p.code]} (${p.code})${p.code === 'ENOSPC' || p.code === 'EDQUOT' ? '; free space there and run it again' : ''}`,
  'desk.stopped': (p) => `${STOPPED[p.kind]} (${p.said})`,

  'desk.outputEmpty': () => 'must be a file name',
  'desk.outputIsInput': () => 'is the file being imported; name another file for the rejected rows',
  'desk.outputIsDesk': () => 'is the desk database; name another file',
  'desk.outputIsDeskJournal': (p) => `is the desk database's ${p.suffix} file; name another file`,
  'desk.outputIsFolder': () => 'is a folder; name a file in it',
  'desk.outputNotRegular': () => 'is not a regular file (a device, a pipe or a socket); name a file',
  'desk.outputIsJournal': (p) => `is the ${p.suffix} file of the SQLite database beside it; ${NEVER_OVER_A_DATABASE}`,
  'desk.outputIsWal': () => `is a SQLite write-ahead log; ${NEVER_OVER_A_DATABASE}`,
  'desk.outputIsRollbackJournal': () => `is a SQLite rollback journal; ${NEVER_OVER_A_DATABASE}`,
  'desk.outputIsDatabase': () => `is a SQLite database; ${NEVER_OVER_A_DATABASE}`,
  'desk.outputNotBackup': () => 'is not a SQLite database; backup replaces only an earlier backup',
  'desk.outputInUse': () => 'is a database in use (a -wal file is beside it); name another file',
  'desk.outputExists': (p) => `${p.file} already exists; nothing was written (pass --yes to replace it)`,
  'desk.notAFolder': (p) => `${p.path} is not a folder`,
  'desk.noFolder': (p) => `the folder ${p.path} does not exist`,
  'desk.writeFailed': (p) => `cannot write ${say(p.label)} ${p.file}: ${p.code} (${say(p.reason)}); ${p.tail === null ? 'nothing was written' : say(p.tail)}`,

  'desk.backupPostgres': (p) =>
    `backup copies a SQLite desk; this desk is on PostgreSQL (${p.database}): back it up with pg_dump, e.g. \`pg_dump -Fc -f ${p.file} <database>\``,
  'desk.backupLabel': () => 'the backup',
  'desk.backupFolder': () => 'is a folder; name the backup file, e.g. orderdesk-2026-11-26.db',
  'desk.backupIsDesk': () => 'is the desk database itself; back up to another file',
  'desk.backupWriteFailed': (p) => `cannot write the backup ${p.file}: ${p.code} (${p.said}); nothing was written`,
  'desk.backupCheckFailed': (p) => `the backup copy failed its check (${copyFault(p.fault)}); nothing was written`,
  'desk.backupWritten': (p) =>
    `backup written to ${p.file} (${p.size}): ${p.orders} orders, ${p.events} events, ${p.stockMoves} stock moves; integrity ok`,
  'desk.backupLastEvent': (p) => `last audit event: #${p.id} ${p.hash}`,

  'desk.migrateFromNotSqlite': () => 'must be a SQLite desk file (the desk to move)',
  'desk.migrateToNotPg': () => 'must be a PostgreSQL URL, e.g. postgres://orderdesk@dbhost:5432/orderdesk',
  'desk.migrateFromFolder': () => 'is a folder; name the desk database file',
  'desk.migrateMissingEnds': (p) => `must provide ${p.missing.map((f) => `\`${f}\``).join(', ')}`,
  'desk.migrateSourceBroken': (p) =>
    `the audit trail of ${p.from} itself does not verify (${p.fault ? trailFault(p.fault) : 'broken'}); migrate-db copies only a desk whose trail is intact, so that the copy can be checked against it — see \`orderdesk audit verify --db ${p.from}\``,
  'desk.migrateTargetNotEmpty': (p) =>
    `the target database ${p.database} is not empty (${p.tables.map(([t, n]) => `${t}: ${n}`).join(', ')}); migrate into a new, empty database`,
  'desk.migrateMismatch': (p) =>
    `the copy does not match the source (${p.tables.map((t) => `${t.name}: ${t.target} of ${t.source}`).join(', ')}); nothing was written to ${p.database}`,
  'desk.migrateAuditMismatch': (p) =>
    `the copied audit trail does not verify (${p.fault ? trailFault(p.fault) : `head #${p.head ?? '-'} instead of #${p.sourceHead ?? '-'}`}); nothing was written to ${p.database}`,
  'desk.migrateCopied': (p) => `copied ${p.table}: ${p.rows}`,
  'desk.migrated': (p) =>
    `desk copied from ${p.from} to ${p.to}: ${p.rows} rows in ${p.tables} tables, counts and audit chain verified (${p.seconds} s)`,
  'desk.migrateNext': () => 'ORDERDESK_DB=<the url> orderdesk order list   (point every desk at the new database)',
  'desk.copyTable': () => 'table',
  'desk.copySource': () => 'source',
  'desk.copyTarget': () => 'target',
  'desk.copyAudit': (p) => `audit trail: ${p.verified} events, chain intact${p.head ? `; head #${p.head.id} ${p.head.hash} (as in the source)` : ''}`,
  'desk.foreignKeyCycle': (p) => `foreign keys form a cycle among ${p.tables.join(', ')}`,
  'desk.askLanguage': () => 'Language of the desk',
  'desk.languageName': (p) => (p.language === 'zh-CN' ? '中文 (zh-CN)' : 'English (en)'),
  'desk.languageRecorded': (p) => `language: ${p.language} (a manager changes it with \`orderdesk settings set desk.language\`)`,
  'desk.ready': (p) => `database ready: ${p.path}`,
  'desk.demoAdded': (p) => `demo data: ${p.users} users, ${p.customers} customers, ${p.products} products (${p.stocked} in stock)`,
  'desk.demoUsers': () => 'users: li, chen (clerk) · wang (manager, PIN 123456) · zhao, sun (mc) · zhou (logistics) · wu (finance)',
  'desk.demoTry': (p) => `try:   ORDERDESK_USER=li orderdesk inquiry new ${DEMO_TRY[p.kind]}`,
  'desk.noUsersYet': () => 'no users yet: add the first with `orderdesk user add <name> --role manager --pin` (a manager with a PIN)',
}

/** A first inquiry on each demo desk (its customers and products). */
export const DEMO_TRY = { northwind: '--customer ALFKI --item NW-011=5', wood: '--customer JSHY --item JHB-18=50' } as const
