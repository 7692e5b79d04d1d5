import type { CopyFault, DeskMessages, SystemCode, StopKind, TrailFault } from '../../domain/messages/desk.js'
import type { Language } from '../../domain/language.js'
import { say } from '../../domain/message.js'
import { DEMO_TRY } from '../en/desk.js'
import type { Words } from '../words.js'

/** `database: null` is the database the command has open, unnamed. */
const where = (database: string | null) => database ?? '数据库'

/** An errno, and what EROFS means. */
const because = (code: string) => `${code}${code === 'EROFS' ? '：只读文件系统' : ''}`

const SYSTEM: Record<SystemCode, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  EACCES: '没有权限',
  EPERM: '不允许此操作',
  EROFS: '只读文件系统',
  EISDIR: '这是一个文件夹',
  ENOTDIR: '路径中有一段不是文件夹',
  EIO: '磁盘读写错误',
  EMFILE: '打开的文件太多',
  ENFILE: '打开的文件太多',
  EFBIG: '文件太大，这个文件系统放不下',
}

/** What the refused system call was doing, by its name. */
const VERBS: Record<string, string> = { mkdir: '创建文件夹', stat: '访问', lstat: '访问', scandir: '列出', unlink: '删除', rmdir: '删除', copyfile: '复制到', link: '链接' }

const STOPPED: Record<StopKind, string> = {
  disk_full: '磁盘已满',
  io_error: '磁盘或文件系统出错',
  read_only: '工作台无法写入',
  connection_lost: '与数据库服务器的连接断开了',
}

const NEVER_OVER_A_DATABASE = 'orderdesk 从不覆盖数据库'

/** A row that does not match the chain, by how (`row_changed` …). */
const ROW_FAULT: Record<string, string> = { row_changed: '被改动', row_added: '被添加', row_deleted: '被删除', row_overwritten: '被覆盖' }

const LANGUAGE: Record<Language, string> = { 'zh-CN': '中文', en: 'English' }

function copyFault(f: CopyFault): string {
  if (f.kind === 'integrity') return `integrity_check：${f.problems.slice(0, 3).join('；')}`
  if (f.kind === 'count') return `${f.table}：副本中 ${f.copy} 行，工作台中 ${f.desk} 行`
  return `最后一个审计事件 #${f.copy ?? '-'} 与工作台的 #${f.desk ?? '-'} 不同`
}

function trailFault(f: TrailFault): string {
  if ('reason' in f) return say(f.reason)
  return `${f.mismatches} 行与审计链不符，第一行是 ${f.table} 表的行 ${f.key}（${ROW_FAULT[f.kind] ?? f.kind}）`
}

/** The desk messages in Chinese (the glossary: docs/glossary.md; the desk is 工作台). */
export const desk: Words<DeskMessages> = {
  'desk.none': (p) =>
    p.why === 'no_file'
      ? `${p.database} 处没有工作台：文件不存在；请检查 --db 或 ORDERDESK_DB，或用 \`orderdesk init\` 在那里新建工作台`
      : `${p.database} 中没有工作台：数据库是空的；请用 \`orderdesk init\` 在那里新建工作台`,
  'desk.busy': () => '数据库正忙（被另一个 orderdesk 锁定）；请稍后再试',
  'desk.unavailable': (p) => `无法打开数据库 ${p.database}：${p.reason}`,
  'desk.busyTimeoutRule': (p) => `必须是 0 到 ${p.max} 之间的整数毫秒数`,
  'desk.schemaTooNew': (p) => `这个数据库是更新版本的 orderdesk 写的（结构版本 ${p.current}；本程序最高支持 ${p.latest}）；请升级 orderdesk`,
  'desk.schemaTooOld': (p) =>
    `${p.database} 是旧版 orderdesk 的数据库结构（${p.current ?? '无'}；本程序为 ${p.latest}）：请运行 \`orderdesk init\` 升级（先用 \`orderdesk backup <file>\` 备份）；只读的命令从不改动工作台`,
  'desk.notADesk': (p) =>
    `${p.database} 是 ${p.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'} 数据库，但不是 orderdesk 工作台（它有自己的表，没有 orderdesk 的结构）；请检查 --db 或 ORDERDESK_DB`,
  'desk.pathUnreachable': (p) =>
    `无法访问 ${p.path}（${p.code}${p.code === 'EACCES' ? '：路径上的某个文件夹不允许当前用户访问' : p.code === 'ENOTDIR' ? '：路径中有一段不是文件夹' : ''}）`,
  'desk.folder': (p) => `${p.path} 是文件夹，不是数据库文件；请指定工作台文件，例如 --db ${p.example}`,

  'desk.diskFull': (p) => `${where(p.database)} 所在的磁盘已满（${p.said}）：正在进行的修改没有写入；请腾出空间后再运行该命令`,
  'desk.connectionLost': (p) => `与数据库${p.database ? ` ${p.database} ` : ''}的连接断开了（${p.said}）；请检查服务器后再运行该命令`,
  'desk.notADatabase': (p) => `${where(p.database)} 不是数据库（SQLite：${p.said}）；请检查 --db 或 ORDERDESK_DB，它必须指向 orderdesk 工作台文件`,
  'desk.damaged': (p) =>
    p.engine === 'sqlite'
      ? `${where(p.database)} 已损坏（SQLite：${p.said}）；请用最近的备份恢复（docs/safety.md，Restore）`
      : `${where(p.database)} 已损坏（${p.code}：${p.said}）；请用最近的备份恢复（pg_restore）`,
  'desk.readOnly': (p) => `无法写入 ${where(p.database)}：它是只读的（SQLite：${p.said}）`,
  'desk.ioError': (p) => `${where(p.database)} 发生磁盘读写错误（SQLite ${p.code}：${p.said}）；请检查磁盘，如果工作台已损坏，请用备份恢复`,
  'desk.cannotOpen': (p) => `无法打开 ${where(p.database)}（SQLite：${p.said}）`,
  'desk.pgPermission': (p) =>
    `${p.database === null ? '数据库' : `数据库 ${p.database} `}拒绝了操作：${p.said}（${p.code}）；工作台的数据库角色需要对工作台的表有读写权限`,
  'desk.pgReadOnly': (p) => `无法写入 ${where(p.database)}：服务器只接受读操作（${p.said}，${p.code}）；请把 ORDERDESK_DB 指向主服务器`,
  'desk.folderRefuses': (p) => `无法访问 ${p.path}（${because(p.code)}）；路径上的某个文件夹不允许当前用户访问`,
  'desk.cannotCreate': (p) => `无法创建 ${p.path}：当前用户不能写入文件夹 ${p.folder}（${because(p.code)}）；请在工作台用户组可写的位置创建工作台`,
  'desk.cannotRead': (p) => `没有权限：当前用户不能读取 ${p.path}（${because(p.code)}）；请申请工作台的访问权限（业务员共用一个用户组，权限 0660）`,
  'desk.walFolderReadOnly': (p) =>
    `无法读取 ${p.path}：它处于 WAL 模式，而当前用户不能写入它的文件夹 ${p.folder}，SQLite 即使只读也要在那里放 ${p.file}-shm；请让工作台用户组可以写这个文件夹，或者读取工作台的备份（单个文件，在哪里都能读）`,
  'desk.notWritable': (p) =>
    `${p.which === 'file' ? `${p.path} 对当前用户是只读的（${because(p.code)}）` : `${p.path} 所在的文件夹 ${p.folder} 对当前用户是只读的（${because(p.code)}）`}：这个命令要写入工作台；请在工作台及其文件夹可写的地方运行（文件 0660，文件夹 0770）`,
  'desk.systemRefused': (p) =>
    `无法${VERBS[p.syscall] ?? `执行 ${p.syscall}`}${p.path ? ` ${p.path}` : ''}：${SYSTEM[p.code]}（${p.code}）${p.code === 'ENOSPC' || p.code === 'EDQUOT' ? '；请腾出空间后再运行' : ''}`,
  'desk.stopped': (p) => `${STOPPED[p.kind]}（${p.said}）`,

  'desk.outputEmpty': () => '必须是文件名',
  'desk.outputIsInput': () => '这是正在导入的文件；请为被拒的行另指定一个文件',
  'desk.outputIsDesk': () => '这是工作台数据库；请另指定一个文件',
  'desk.outputIsDeskJournal': (p) => `这是工作台数据库的 ${p.suffix} 文件；请另指定一个文件`,
  'desk.outputIsFolder': () => '这是文件夹；请指定其中的一个文件',
  'desk.outputNotRegular': () => '这不是普通文件（是设备、管道或套接字）；请指定一个文件',
  'desk.outputIsJournal': (p) => `这是旁边那个 SQLite 数据库的 ${p.suffix} 文件；${NEVER_OVER_A_DATABASE}`,
  'desk.outputIsWal': () => `这是 SQLite 预写日志；${NEVER_OVER_A_DATABASE}`,
  'desk.outputIsRollbackJournal': () => `这是 SQLite 回滚日志；${NEVER_OVER_A_DATABASE}`,
  'desk.outputIsDatabase': () => `这是 SQLite 数据库；${NEVER_OVER_A_DATABASE}`,
  'desk.outputNotBackup': () => '这不是 SQLite 数据库；backup 只会替换以前的备份',
  'desk.outputInUse': () => '这是正在使用的数据库（旁边有 -wal 文件）；请另指定一个文件',
  'desk.outputExists': (p) => `${p.file} 已存在；没有写入任何内容（加 --yes 替换它）`,
  'desk.notAFolder': (p) => `${p.path} 不是文件夹`,
  'desk.noFolder': (p) => `文件夹 ${p.path} 不存在`,
  'desk.writeFailed': (p) => `无法写入${say(p.label)} ${p.file}：${p.code}（${say(p.reason)}）；${p.tail === null ? '没有写入任何内容' : say(p.tail)}`,

  'desk.backupPostgres': (p) =>
    `backup 只复制 SQLite 工作台；这个工作台在 PostgreSQL 上（${p.database}）：请用 pg_dump 备份，例如 \`pg_dump -Fc -f ${p.file} <database>\``,
  'desk.backupLabel': () => '备份',
  'desk.backupFolder': () => '这是文件夹；请指定备份文件，例如 orderdesk-2026-11-26.db',
  'desk.backupIsDesk': () => '这就是工作台数据库本身；请备份到另一个文件',
  'desk.backupWriteFailed': (p) => `无法写入备份 ${p.file}：${p.code}（${p.said}）；没有写入任何内容`,
  'desk.backupCheckFailed': (p) => `备份副本没有通过检查（${copyFault(p.fault)}）；没有写入任何内容`,
  'desk.backupWritten': (p) =>
    `备份已写入 ${p.file}（${p.size}）：${p.orders} 个订单，${p.events} 个事件，${p.stockMoves} 笔库存变动；完整性检查通过`,
  'desk.backupLastEvent': (p) => `最后一个审计事件：#${p.id} ${p.hash}`,

  'desk.migrateFromNotSqlite': () => '必须是 SQLite 工作台文件（要迁移的工作台）',
  'desk.migrateToNotPg': () => '必须是 PostgreSQL 的 URL，例如 postgres://orderdesk@dbhost:5432/orderdesk',
  'desk.migrateFromFolder': () => '这是文件夹；请指定工作台数据库文件',
  'desk.migrateMissingEnds': (p) => `必须给出 ${p.missing.map((f) => `\`${f}\``).join('、')}`,
  'desk.migrateSourceBroken': (p) =>
    `${p.from} 本身的审计记录校验不通过（${p.fault ? trailFault(p.fault) : '已损坏'}）；migrate-db 只迁移审计记录完整的工作台，这样才能用它核对副本——见 \`orderdesk audit verify --db ${p.from}\``,
  'desk.migrateTargetNotEmpty': (p) =>
    `目标数据库 ${p.database} 不是空的（${p.tables.map(([t, n]) => `${t}：${n}`).join('，')}）；请迁移到一个新的空数据库`,
  'desk.migrateMismatch': (p) =>
    `副本与源不一致（${p.tables.map((t) => `${t.name}：${t.source} 行中只有 ${t.target} 行`).join('，')}）；没有向 ${p.database} 写入任何内容`,
  'desk.migrateAuditMismatch': (p) =>
    `复制的审计记录校验不通过（${p.fault ? trailFault(p.fault) : `链头是 #${p.head ?? '-'}，而不是 #${p.sourceHead ?? '-'}`}）；没有向 ${p.database} 写入任何内容`,
  'desk.migrateCopied': (p) => `已复制 ${p.table}：${p.rows}`,
  'desk.migrated': (p) => `工作台已从 ${p.from} 复制到 ${p.to}：${p.tables} 张表共 ${p.rows} 行，行数和审计链都已核对（${p.seconds} 秒）`,
  'desk.migrateNext': () => 'ORDERDESK_DB=<新数据库的 URL> orderdesk order list   （让每个工作台都改用新数据库）',
  'desk.copyTable': () => '表',
  'desk.copySource': () => '源',
  'desk.copyTarget': () => '目标',
  'desk.copyAudit': (p) => `审计记录：${p.verified} 个事件，链完整${p.head ? `；链头 #${p.head.id} ${p.head.hash}（与源相同）` : ''}`,
  'desk.foreignKeyCycle': (p) => `外键在 ${p.tables.join('、')} 之间形成循环`,
  'desk.askLanguage': () => '工作台的语言',
  'desk.languageName': (p) => (p.language === 'zh-CN' ? '中文 (zh-CN)' : 'English (en)'),
  'desk.languageRecorded': (p) => `工作台语言：${LANGUAGE[p.language]}（${p.language}）；经理可以用 \`orderdesk settings set desk.language\` 修改`,
  'desk.ready': (p) => `数据库已就绪：${p.path}`,
  'desk.demoAdded': (p) => `演示数据：${p.users} 个用户，${p.customers} 个客户，${p.products} 个产品（${p.stocked} 个有库存）`,
  'desk.demoUsers': () => '用户：li、chen（业务员）· wang（业务部经理，PIN 123456）· zhao、sun（物控）· zhou（物流）· wu（财务）',
  'desk.demoTry': (p) => `试试：ORDERDESK_USER=li orderdesk inquiry new ${DEMO_TRY[p.kind]}`,
  'desk.noUsersYet': () => '还没有用户：请先用 `orderdesk user add <name> --role manager --pin` 添加第一个用户（一位设了 PIN 的经理）',
}
