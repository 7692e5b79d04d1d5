import type { PaperMessages } from '../../domain/messages/paper.js'
import type { Words } from '../words.js'
import { names } from './names.js'

/** 文件大小：不足 1 KB 按字节，不足 1 MB 按 KB（向上取整），否则按 MB（一位小数）。 */
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} 字节`)

const DOC = { contract: '销售合同', confirmation: '订单确认书' } as const

/** 客户回签与附件（中文）。 */
export const paper: Words<PaperMessages> = {
  // issue 19: countersign and attachments
  'paper.countersigned': (p) => `已登记客户回签：订单 ${p.order} 的${DOC[p.kind]} ${p.document}，客户签字日期 ${p.date}，回签凭证 ${p.ref}`,
  'paper.notIssued': (p) =>
    `订单 ${p.order} ${names['name.orderStatus']({ status: p.status })}，尚无可供客户回签的${DOC[p.kind]}${p.signFirst ? `；请先签订销售合同：\`orderdesk contract sign ${p.order}\`` : ''}`,
  'paper.alreadyCountersigned': (p) =>
    `${p.document} 已登记回签：客户签字日期 ${p.date}，回签凭证 ${p.ref}（${p.by} 登记）；已登记的记录不作修改——如登记有误，请登记一条更正记录：\`orderdesk ${p.kind} countersign ${p.document} --date <日期> --ref <凭证> --correct --reason <原因>\``,
  'paper.countersignRef': (p) => `须为订单号或该订单${p.kind === 'contract' ? '销售合同的编号（如 26-00001-CT1）' : '订单确认书的编号（如 26-00001-OC1）'}`,
  'paper.dateAfterToday': (p) => `不能晚于今天（${p.today}）：客户不可能在将来的日期签字`,
  'paper.dateBeforeIssue': (p) => `不能早于 ${p.document} 的签发日期（${p.issued}）`,

  'paper.attached': (p) => `已将 ${p.name} 作为附件 #${p.n} 存入订单 ${p.order}（${size(p.bytes)}，sha256 ${p.sha256}）`,
  'paper.tooLarge': (p) => `大小为 ${size(p.bytes)}（${p.bytes} 字节）；工作台只保存不超过 ${size(p.max)}（${p.max} 字节，设置项 attach.maxBytes）的文件`,
  'paper.emptyFile': () => '是空文件',
  'paper.notRegularFile': () => '不是文件（是文件夹或设备）',
  'paper.nameSeparator': () => '须为不含文件夹的文件名（不能有 / 或 \\，也不能是 . 或 ..）',
  'paper.nameHint': (p) => `${p.reason}；请用 --name 指定要保存的文件名`,
  'paper.attachmentNumber': () => '须为附件序号（1、2……，见 order show）',
  'paper.contentChanged': (p) =>
    `订单 ${p.order} 的附件 #${p.n} 与登记记录不符（sha256 ${p.actual}，登记的是 ${p.expected}）：工作台在 orderdesk 之外被改动过；没有写入任何内容（请运行 \`orderdesk audit verify\`）`,
  'paper.outExists': (p) => `${p.file} 已存在；没有写入任何内容（加 --force 替换它）`,
  'paper.written': (p) => `已将订单 ${p.order} 的附件 #${p.n}（${p.name}，${size(p.bytes)}）写入 ${p.file}`,
  'paper.outLabel': () => '附件导出文件',
  'paper.askOut': () => '附件写入（文件）',
  'paper.askDate': () => '客户签字日期（YYYY-MM-DD）',
  'paper.askRef': () => '回签凭证（传真号、扫描件、#附件序号）',

  'paper.countersignLine': (p) => `${p.document}  客户签字 ${p.date}  回签凭证 ${p.ref}（${p.by} 登记）`,
  'paper.attachmentLine': (p) => `#${p.n}  ${p.name}  ${size(p.bytes)}  sha256 ${p.sha256.slice(0, 16)}…  ${p.by} ${p.at.slice(0, 10)}`,
  'paper.formRef': (p) => `回签凭证 ${p.ref}`,
  'paper.settingNotBytes': (p) => `须为 ${p.min} 到 ${p.max}（${size(p.max)}）的整数字节数，如 20971520 即 20 MB`,

  // issue 19: records
  'paper.nothingToCorrect': (p) => `${p.document}（${DOC[p.kind]}）还没有登记回签，无可更正；请不带 --correct 登记`,
  'paper.reasonWithoutCorrect': () => '--reason 须与 --correct 一起使用：说明更正回签记录的原因',
  'paper.correctReasonFlag': () => '--reason（更正回签记录的原因）',
  'paper.askCorrectReason': () => '更正回签记录的原因',
  'paper.corrected': (p) =>
    `已更正客户回签：订单 ${p.order} 的${DOC[p.kind]} ${p.document}，现为客户签字日期 ${p.date}，回签凭证 ${p.ref}（原为 ${p.wasDate}，凭证 ${p.wasRef}）；原因：${p.reason}`,
  'paper.correctedLine': (p) => `更正了：客户签字 ${p.date}  回签凭证 ${p.ref}（${p.by} ${p.at.slice(0, 10)} 登记）；原因：${p.reason}`,
}
