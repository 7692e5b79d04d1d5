import { attachHelp as english } from '../../en/help/attach.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk attach` in Chinese (the glossary: docs/glossary.md). */
export const attachHelp: Retexted<typeof english> = {
  // issue 19: countersign and attachments
  attach: {
    description: '将文件作为附件存入订单（传真扫描件、PDF、电话录音），并记录其 SHA-256；大小不超过设置项 attach.maxBytes（默认 20 MB）',
    arguments: { order: '订单号', file: '要存入的文件（只保存文件名，不含文件夹）' },
    options: { '--name': '以此名称保存，代替文件本身的名称（不能有 / 或 \\，不能有控制字符）' },
    who: '业务员、财务、物流或业务部经理',
    example: 'orderdesk attach 26-00042 ~/scans/fax-0921-123456.pdf',
  },
  'attach get': {
    description: '取出附件原件（先核对 SHA-256）：写入 --out，或在标准输出不是终端时写到标准输出',
    arguments: { order: '订单号', n: '附件序号，见 order show（1、2……）' },
    options: { '--out': '写入此文件（自动创建文件夹）', '--force': '--out 文件已存在时替换它' },
    who: '所有用户',
    example: 'orderdesk attach get 26-00042 1 --out fax.pdf',
  },
}
