import type { BatchRef, InterruptedBatch } from '../../domain/import-summary.js'
import { msg, say } from '../../domain/message.js'
import type { ImportMessages, ImportedSoFar, RowProblem, Written } from '../../domain/messages/import.js'
import type { Words } from '../words.js'

const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`
const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0')

const n = (x: number) => x.toLocaleString('en-US')
/** An amount in a sentence: `¥1,234.50`. */
const money = (minor: number) => say(msg('name.money', { minor, grouped: true }))

/** What an import imports, as the clerk names it. */
const KIND: Record<string, string> = { orders: '订单', customers: '客户', products: '产品', stock: '库存' }
const kindName = (kind: string) => KIND[kind] ?? kind


const problem = (p: RowProblem, own: boolean) => `${own ? '' : `第 ${p.line} 行 `}${p.column ? `${p.column}：` : ''}${say(p.reason)}`

const soFar = (i: ImportedSoFar) => ('orders' in i ? `已导入 ${i.orders} 个订单` : `新增 ${i.created}，更新 ${i.updated}`)

/** What a run wrote, in words. */
function written(w: Written): string {
  if (w.kind === 'orders') return `已导入 ${n(w.orders)} 个订单`
  if (w.kind === 'stock') return `记入 ${n(w.moves)} 笔库存变动，未变 ${n(w.unchanged)}`
  return `新增 ${n(w.created)}，更新 ${n(w.updated)}，未变 ${n(w.unchanged)}`
}

const which = (b: BatchRef) => `导入批次 ${b.batch}（${kindName(b.kind)}，文件 ${b.file}，${b.actor} 于 ${b.startedAt} 开始）`

/** What an interrupted batch had committed, in words. */
function committed(b: InterruptedBatch): string {
  const c = b.committed
  if (c === null) return `它没有记录进度（它的改动见导入批次 ${b.batch} 的审计记录）`
  if ('orders' in c) {
    if (c.orders === 0) return '还没有提交任何订单'
    return `已提交 ${n(c.orders)} 个订单，${n(c.lines)} 行，合计 ${money(c.total)}（${c.firstNumber} … ${c.lastNumber}）`
  }
  return `已读取 ${n(c.rowsRead)} 行，已提交新增 ${n(c.created)}，更新 ${n(c.updated)}，未变 ${n(c.unchanged)}`
}

/** What to do when the environment stopped the run. */
const REMEDY: Record<string, string> = {
  disk_full: '请释放磁盘空间',
  io_error: '请检查磁盘',
  read_only: '请让工作台可以写入',
  connection_lost: '请检查数据库服务器',
}

/** The import messages in Chinese (the glossary: docs/glossary.md). */
export const importing: Words<ImportMessages> = {
  'import.notUtf8': (p) => `不是 UTF-8 编码${p.byte === null ? '（文件在一个字符的中间结束）' : `（字节 ${hexByte(p.byte)}）`}；如果文件是按 GBK 保存的，请加 --encoding gbk 导入`,
  'import.notGbk': () => '不是 GBK 编码（有一段字节不是 GBK 字符）；如果文件是按 UTF-8 保存的，请去掉 --encoding gbk 再导入',
  'import.utf16': () => '文件是 UTF-16 编码（以 UTF-16 字节顺序标记开头）；请另存为 UTF-8',
  'import.emptyCsv': () => '文件是空的（需要一行表头）',
  'import.emptyJson': () => '文件是空的（需要一个 JSON 数组）',
  'import.readFailed': (p) => `${p.code ?? 'error'}（${p.message}）`,
  'import.invalidJson': (p) => `不是有效的 JSON（${p.detail}）`,
  'import.notJsonArray': () => 'JSON 导入文件必须是对象数组：[ {...}, {...} ]（或使用 --format jsonl）',
  'import.elementNotObject': () => '数组的每个元素都必须是以列名为键的对象',
  'import.linesNotObjects': () => '`lines` 必须是对象数组',
  'import.unexpectedInArray': (p) => `数组中出现了意外的 ${JSON.stringify(p.found)}（每个元素都必须是对象）`,
  'import.textAfterArray': () => '数组结束后还有多余的内容',
  'import.arrayNotClosed': () => 'JSON 数组没有闭合（文件提前结束）',
  'import.folder': (p) => `${p.path} 是文件夹，不是文件`,
  'import.lockFile': (p) => `无法锁定 ${p.path}（工作台旁边的导入锁文件）：${p.reason}；工作台所在的文件夹必须可以写入`,
  'import.cannotRead': (p) => (p.line ? `无法读取文件第 ${p.line} 行：${say(p.reason)}` : `无法读取文件：${say(p.reason)}`),
  'import.csvError': (p) => `CSV 格式有误（${p.detail}）`,

  'import.required': () => '必填',
  'import.tooLong': (p) => `最多 ${p.max} 个字符`,
  'import.notACode': () => '必须是由字母、数字和 . _ - 组成的编号（最多 32 个字符）',
  'import.qtyTooLarge': (p) => `数值过大（最大 ${p.max}）`,
  'import.notPositiveWhole': () => '必须是正整数',
  'import.notACount': () => '必须是整数（0 或以上）',
  'import.tooLarge': () => '数值过大',
  'import.twoDecimals': () => '最多两位小数',
  'import.notAnAmount': () => '必须是金额，例如 12.50',
  'import.fourDecimals': () => '最多四位小数（0.0001 = 0.01%）',
  'import.notADiscount': () => '必须是 0 到 1 之间的小数（0.05 = 5%）',
  'import.notADate': () => '必须是日期 YYYY-MM-DD',
  'import.notAChannel': (p) => `必须是以下之一：${p.channels.join('、')}`,
  'import.notYesNo': () => '必须是 yes 或 no（也可写 1/0、true/false）',
  'import.notDays': () => '必须是整数天数',
  'import.tooManyDays': (p) => `最多 ${p.max} 天`,

  'import.tooManyLines': (p) => `一个订单最多 ${p.max} 行（这个订单有 ${p.lines} 行）`,
  'import.differs': (p) => `与第 ${p.line} 行（${p.value}）不同：${p.column === 'customer' ? '同一 ext_ref 只能有一个客户' : `同一订单只能有一个 ${p.column}`}`,
  'import.orderDateFuture': (p) => `晚于今天（${p.today}）：来电日期不能在将来`,
  'import.requestedBeforeOrder': (p) => `早于订单日期 ${p.orderDate}${p.defaulted ? '（今天）' : ''}`,
  'import.extraFields': (p) => `有 ${p.fields} 个字段，表头只有 ${p.width} 个（是不是有没加引号的逗号？）`,

  'import.mapShape': () => '格式必须是 目标列=源列，例如 customer=CustomerID',
  'import.mapNotAColumn': (p) => `${p.given} 不是 import ${p.kind} 的列（${p.columns.join(', ')}）`,
  'import.mapNoSource': () => '源列名是空的',
  'import.mapTwice': (p) => `${p.target} 被映射了两次`,
  'import.mappedNotInHeader': (p) => `列 ${JSON.stringify(p.name)}（由 --map 映射到 ${p.target}）不在文件的表头中（${p.header.join(', ')}）`,
  'import.headerTwice': (p) => `表头中列 ${JSON.stringify(p.name)} 出现了 ${p.times} 次；请把其中一列改名，或用 --map 指定`,
  'import.missingColumns': (p) =>
    `文件缺少 ${p.missing.map((m) => `\`${m}\``).join('、')} 列（表头：${p.header.join(', ') || '空'}）；请按此命名，或使用 --map ${p.missing[0]}=<列名>`,

  'import.batchSize': () => '必须是 1 到 100000 之间的整数',
  'import.errorsFileLabel': () => '错误文件',

  'import.extRefRepeated': (p) => `ext_ref ${p.ref} 在第 ${p.line} 行再次出现，内容不同`,
  'import.codeRepeated': (p) => `${p.column} ${p.code} 在第 ${p.line} 行再次出现，值不同（第一次在第 ${p.first} 行）`,
  'import.extRefNotImported': (p) => `ext_ref ${p.ref} 已属于订单 ${p.number}，而该订单不是导入的`,
  'import.extRefChanged': (p) => `ext_ref ${p.ref} 以前已导入为订单 ${p.number}，内容不同`,
  'import.noSuchCustomer': () => '没有这个客户（见 `orderdesk customer list`；加 --create-customers 可按 customer_name 新建）',
  'import.noCustomerName': () => '没有这个客户，也没有 customer_name 可用来新建',
  'import.noSuchProduct': () => '没有这个产品（见 `orderdesk product list`）',
  'import.noProductToCount': () => '没有这个产品（见 `orderdesk product list`；请先导入产品）',
  'import.receiveNotPositive': () => '收货数量必须大于 0',
  'import.belowReserved': (p) => `盘点数为 ${p.counted}，但已有 ${p.reserved} 预留给订单；库存不能低于已预留数量`,
  'import.orderTooLarge': () => '订单合计金额过大',

  'import.rowRejected': (p) => {
    const list = p.problems.map((x) => problem(x, p.own)).join('；')
    return p.own ? list : `订单有误（${list}）`
  },
  'import.rowConflict': (p) => `冲突：${say(p.reason)}`,
  'import.errorsFileLate': (p) => `错误文件没有写成，但导入已完成（${soFar(p.imported)}）；请加 --errors 再导入一次该文件，以取得有误的行（已导入的会跳过）`,

  'import.labelFile': () => '文件',
  'import.labelRowsRead': () => '读取行数',
  'import.labelOrdersInFile': () => '文件中订单数',
  'import.labelImported': (p) => (p.dryRun ? '将导入' : '已导入'),
  'import.labelDuplicates': () => '重复（已跳过）',
  'import.labelConflicts': () => '冲突',
  'import.labelRejected': () => '有误',
  'import.labelCustomersCreated': () => '新建客户',
  'import.labelStockCheck': () => '库存查询',
  'import.labelElapsed': () => '用时',
  'import.labelStockMoves': () => '库存变动',
  'import.labelAdded': (p) => (p.dryRun ? '将新增' : '新增'),
  'import.labelUpdated': (p) => (p.dryRun ? '将更新' : '更新'),
  'import.labelUnchanged': () => '未变',
  'import.fileLine': (p) => {
    const mode = { dryRun: '  — 试导入，未写入任何数据', strict: '  — 严格模式', strictRolledBack: '  — 严格模式：全部未导入' }
    return `${p.file}（${p.format}，${p.encoding}）${p.mode ? mode[p.mode] : ''}`
  },
  'import.ordersValue': (p) => `${n(p.orders)} 个订单，${n(p.lines)} 行，合计 ${money(p.total)}${p.first ? `（${p.first} … ${p.last}）` : ''}`,
  'import.stockCheckValue': (p) => `已报价 ${n(p.offered)}，意向结束 ${n(p.lost)}${p.failed ? `，失败 ${n(p.failed)}` : ''}`,
  'import.elapsedValue': (p) => `${(p.ms / 1000).toFixed(1)} 秒${p.rate === null ? '' : `（每秒 ${n(p.rate)} 行）`}`,
  'import.rejectedHeading': () => '有误的行（均未导入）：',
  'import.conflictsHeading': () => '冲突（未导入）：',
  'import.headLine': () => '行号',
  'import.headColumn': () => '列',
  'import.headValue': () => '值',
  'import.headReason': () => '原因',
  'import.headOrder': () => '订单号',
  'import.moreRejected': (p) => `… 另有更多（共 ${n(p.count)} 条有误；完整列表见 --json 或 --errors <file>）`,
  'import.moreConflicts': (p) => `… 另有 ${n(p.more)} 条（完整列表见 --json 或 --errors <file>）`,
  'import.fileStopped': (p) => `文件没有读完：${say(p.reason)}`,

  'import.done': (p) => {
    const w = p.written
    if (w.kind === 'orders') return `${written(w)}${p.duplicates ? `，${n(p.duplicates)} 个以前已导入（已跳过）` : ''}`
    return `${kindName(w.kind)}：${written(w)}`
  },
  'import.problems': (p) =>
    [p.rejected ? `${n(p.rejected)} ${p.orders ? '个订单' : '行'}有误` : '', p.conflicts ? `${n(p.conflicts)} 个冲突` : '', p.fileError ? say(p.fileError) : '']
      .filter(Boolean)
      .join('，'),
  'import.dryRunNote': (p) => `试导入：未写入任何数据${p.problems ? `（${say(p.problems)}）` : ''}`,
  'import.dryRunProblems': (p) => `试导入发现问题：${say(p.problems)}`,
  'import.strictNothing': (p) => `全部未导入（--strict）：${say(p.problems)}`,
  'import.someRefused': (p) => `${say(p.problems)}；${written(p.written)}，详见上面的汇总`,
  'import.errorRowsNote': (p) => `${n(p.rows)} 行有误的数据已写入 ${p.file}：请在该文件中改正，然后导入该文件`,
  'import.interrupted': (p) => {
    const now = p.dryRun ? '本应标记为中断（试导入：保持原样）' : '现已标记为中断'
    return `${which(p.batch)}没有完成就停止了：${committed(p.batch)}；${now}`
  },
  'import.stillRunning': (p) => `${which(p.batch)}仍在另一个进程中运行；未作处理`,
  'import.stopped': (p) => {
    const w = p.written
    const range = w?.kind === 'orders' && p.first ? `，${p.first} … ${p.last}` : ''
    const soFarWords = w === null ? '' : w.kind === 'orders' ? `已提交 ${n(w.orders)} 个订单` : `已提交：${written(w)}`
    const batch = p.batchFinished ? `批次 ${p.batch} 已标记为中断` : `下一次导入会把批次 ${p.batch} 标记为中断`
    const what = w === null ? `没有导入任何数据${p.strict ? '（--strict：已全部回滚）' : ''}` : `${soFarWords}（批次 ${p.batch}${range}）；${batch}`
    return `导入已停止：${p.reason}；${what}。${REMEDY[p.code] ?? '请排除这个问题'}（工作台是 ${p.database}），然后再运行一次同样的导入：已导入的会跳过`
  },
  'import.progress': (p) => `  已读 ${n(p.rows)} 行  每秒 ${n(p.rate)} 行${p.bar === null ? '' : `  [${p.bar}] ${p.percent}%  剩余约 ${p.eta} 秒`}`,
}
