import type { complaintHelp as english } from '../../en/help/complaint.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk complaint` and its subcommands in Chinese (the glossary: docs/glossary.md). */
export const complaintHelp: Retexted<typeof english> = {
  complaint: { description: '客户投诉（售后）' },
  'complaint open': {
    description: '登记对某订单的投诉',
    options: { '--text': '客户投诉的内容' },
    who: '业务员或业务部经理',
    example: 'orderdesk complaint open 26-00042 --text "两箱到货时压坏"',
  },
  'complaint resolve': {
    description: '填写处理结果，结束投诉',
    options: { '--resolution': '做了哪些处理' },
    who: '业务员或业务部经理',
    example: 'orderdesk complaint resolve 7 --resolution "随下批货补发两箱"',
  },
  'complaint list': {
    description: '投诉列表，最新的在前',
    options: { '--open': '只列处理中的', '--limit': '最多 n 条（0 = 全部）' },
    who: '所有人',
    example: 'orderdesk complaint list --open',
  },
}
