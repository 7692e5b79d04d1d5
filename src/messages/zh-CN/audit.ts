import type { AttachmentFinding, AuditMessages, DocumentFinding, EventNamed, RowFinding } from '../../domain/messages/audit.js'
import { msg, say } from '../../domain/message.js'
import type { Words } from '../words.js'

/** An audit action by its name (`登记回款`). */
const action = (code: string) => say(msg('name.action', { action: code }))

/** `事件 #6（登记回款 26-00001，wu，2026-11-26T10:00:00.000Z）` */
const named = (e: EventNamed) => `事件 #${e.id}（${action(e.action)} ${e.ref}，${e.actor}，${e.at}）`

/** `位于 #5 的事件（登记回款 26-00001，wu，…）` */
const namedAt = (e: EventNamed) => `位于 #${e.id} 的事件（${action(e.action)} ${e.ref}，${e.actor}，${e.at}）`

/** `orders 表的行 5（26-00001）` */
const rowName = (f: RowFinding) => `${f.table} 表的行 ${f.key}${f.label && f.label !== f.key ? `（${f.label}）` : ''}`

/** One row not as the chain sealed it, and how. */
function finding(f: RowFinding): string {
  const ev = f.event ? `事件 #${f.event.id}（${action(f.event.action)} ${f.event.ref}）` : ''
  if (f.kind === 'row_changed') return `${rowName(f)}被改动过：与${ev}记录的不再相符`
  if (f.kind === 'row_added') return `${rowName(f)}是后来添加的：没有审计事件记录过它`
  if (f.kind === 'row_overwritten') return `${rowName(f)}在${ev}写入之前已在 orderdesk 之外被改动、添加或删除`
  return `${rowName(f)}被删除了：${ev}记录过它`
}

/** The audit messages in Chinese (the glossary: docs/glossary.md; the audit trail is 审计记录). */
// issue 19: issued documents
/** The forms' names (the glossary's), for a document named in a finding. */
const FORM_NAME: Record<string, string> = {
  quotation: '报价单',
  confirmation: '订单确认书',
  contract: '销售合同',
  'sales-order': '销售订单',
  'production-order': '生产命令单',
  'change-form': '生产计划变更单',
  'outbound-slip': '货物出库单',
}

/** What is wrong with an issued document's stored copy. */
function documentFinding(f: DocumentFinding): string {
  const what =
    f.kind === 'content_changed'
      ? '存档内容与其 SHA-256 不符'
      : f.kind === 'hash_differs'
        ? '存档的 SHA-256 与开单步骤审计事件记录的不一致'
        : '没有审计事件记录开出这张单据'
  return `单据 ${f.number}（${FORM_NAME[f.form] ?? f.form}）：${what}`
}

// issue 19: records
/** What is wrong with an attachment's stored bytes. */
function attachmentFinding(f: AttachmentFinding): string {
  const what = f.kind === 'content_changed' ? '存档内容与其 SHA-256 不符' : '存档内容已不见'
  return `订单 ${f.order} 的附件 #${f.n}（${f.name}）：${what}`
}

export const audit: Words<AuditMessages> = {
  'audit.handSealed': (p) => `${named(p.event)}所带的行记录不是 orderdesk 写的：是手工做的`,
  'audit.edited': (p) => `${named(p.event)}与它的哈希值不符：写入后被改动过${p.last ? '（这是最后一个事件：被改动过，或是手工添加的）' : ''}`,
  'audit.insertedBetween': (p) => `${named(p.event)}是插入的：下一个事件 #${p.next} 链接的是 #${p.linksTo}`,
  'audit.insertedBefore': (p) => `${named(p.event)}是插入的：事件 #${p.linkedBy} 链接的是它之前的 #${p.linksTo}`,
  'audit.notFirst': (p) => `${named(p.event)}被改动过：它不再是链的起点`,
  'audit.rehashed': (p) => `${named(p.event)}被改动过并重新计算了哈希值：下一个事件 #${p.next} 不再链接到它`,
  'audit.deleted': (p) => {
    const which = p.from === p.to ? `事件 #${p.from} 被删除了` : `事件 #${p.from} 到 #${p.to} 被删除了`
    return p.next ? `${which}：链在${named(p.next)}处继续` : `${which}：审计记录提前结束`
  },
  'audit.swapped': (p) =>
    `事件 #${p.row.id} 和 #${p.belongs.id} 被调换了：${namedAt(p.belongs)}链接的是 #${p.linksTo}，所以它应在 #${p.row.id}，而${namedAt(p.row)}应在 #${p.belongs.id}`,
  'audit.moved': (p) => `事件被移动过：${namedAt(p.belongs)}链接的是 #${p.linksTo}，所以它应在 #${p.row.id}，那里现在是${namedAt(p.row)}`,
  'audit.sealedUnreadable': () => '无法读取这个事件所写各行的记录',

  'audit.againstFolder': () => '这是文件夹；请指定状态日报（JSON）或备份文件',
  'audit.cannotRead': (p) => `无法读取 ${p.file}：${p.said}`,
  'audit.againstNotJson': () => '既不是备份也不是 JSON（请给出 `report status --json` 或 `backup --json` 写出的文件，或一个备份）',
  'audit.againstNoHead': () => '里面没有审计链头：应有 `auditHead`（report status --json、backup --json）、`lastEvent` 或 `head`：{id, hash}',
  'audit.cannotOpenBackup': (p) => `无法打开备份 ${p.file}：${p.said}`,
  'audit.backupNoEvents': () => '这是一个没有审计事件的工作台',
  'audit.notABackup': (p) => `不是 orderdesk 的备份（${p.said}）`,
  'audit.knownHeadRule': () => '必须是 SHA-256 哈希值：64 位十六进制数字，即 `audit verify` 或 `backup` 打印的那个',

  'audit.noEvents': () => '审计记录：还没有事件',
  'audit.chainIntact': (p) => `审计记录：${p.verified} 个事件，链完整`,
  'audit.head': (p) => `链头：#${p.id} ${p.at} ${p.hash}`,
  'audit.rowsChecked': (p) => `数据行：已对照审计链核对 ${p.rows} 行，全部与记录相符`,
  'audit.rowsChangedOutside': (p) => `在 orderdesk 之外被改动的数据行（${p.rows} 行中有 ${p.mismatches} 行）：`,
  'audit.andMore': (p) => `……还有 ${p.count} 行`,
  'audit.finding': (p) => finding(p.finding),
  'audit.knownHeadFound': (p) => `已找到已知的链头：事件 #${p.id}`,
  'audit.againstFound': (p) => `已找到 ${p.source} 记录的链头：事件 #${p.id}`,
  'audit.intact': (p) => `审计记录完整：已校验 ${p.verified} 个事件`,

  'audit.broken': (p) => `审计记录已损坏：${say(p.reason)}；它之前的 ${p.verified} 个事件完好`,
  'audit.knownHeadMissing': (p) =>
    `审计记录被改写：链中没有哪个事件的哈希值是已知链头 ${p.hash}（链本身是一致的，所以到那个事件为止的历史被重新计算过——或者这个哈希值来自另一个工作台）`,
  'audit.cutShort': (p) => `审计记录被截断：${p.source} 记录到事件 #${p.id}，但链在 #${p.head} 就结束了——之后的事件被删除了`,
  'audit.headRewritten': (p) => `审计记录被改写：事件 #${p.id} 的哈希值不再是 ${p.source} 记录的那个（${p.hash}）`,
  'audit.changedOutside': (p) =>
    `工作台在 orderdesk 之外被改动过：${finding(p.finding)}${p.mismatches > 1 ? `；共有 ${p.mismatches} 行与审计记录不符` : ''}`,

  // issue 19: issued documents
  'audit.documentsChecked': (p) => `单据：已按审计链中的 SHA-256 核对 ${p.documents} 张已开出单据，全部与开出时一致`,
  'audit.documentsChanged': (p) => `与开出时不符的单据（${p.documents} 张中有 ${p.mismatches} 张）：`,
  'audit.documentFinding': (p) => documentFinding(p.finding),
  'audit.documentTampered': (p) => `已开出的单据被改动：${documentFinding(p.finding)}${p.mismatches > 1 ? `；共有 ${p.mismatches} 张存档单据核对不符` : ''}`,

  // issue 19: records
  'audit.attachmentsChecked': (p) => `附件：已按审计链中的 SHA-256 重新核对 ${p.attachments} 个附件，全部与上传时一致`,
  'audit.attachmentsChanged': (p) => `与上传时不符的附件（${p.attachments} 个中有 ${p.mismatches} 个）：`,
  'audit.attachmentFinding': (p) => attachmentFinding(p.finding),
  'audit.attachmentTampered': (p) => `附件被改动：${attachmentFinding(p.finding)}${p.mismatches > 1 ? `；共有 ${p.mismatches} 个附件核对不符` : ''}`,
}
