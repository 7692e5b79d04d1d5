import { ROLES } from '../../../domain/roles.js'
import type { userHelp as english } from '../../en/help/user.js'
import type { Retexted } from '../../help-entry.js'
import { names } from '../names.js'

/** `clerk 业务员、manager 业务部经理…`: the codes the flag takes, each with its name (spaces let the help wrap). */
const role = `可选：${ROLES.map((r) => `${r} ${names['name.role']({ role: r })}`).join('、')}`

/** The help of `orderdesk user` and its subcommands in Chinese (the glossary: docs/glossary.md). */
export const userHelp: Retexted<typeof english> = {
  user: { description: '工作台的用户、角色和 PIN' },
  'user add': {
    description: '添加用户（业务部经理签核；新工作台的第一个用户：有 PIN 的业务部经理，任何人都可添加）',
    options: {
      '--role': role,
      '--full-name': '用户的姓名',
      '--pin': '给用户设置 PIN（业务部经理必须有）：隐藏输入两次，或用 ORDERDESK_NEW_PIN',
    },
    who: '业务部经理（签核：输入 PIN）；新工作台的第一个用户：任何人',
    example: 'orderdesk user add zhang --role clerk --full-name "张敏"',
  },
  'user edit': {
    description: '修改用户的角色（业务部经理签核；业务部经理必须有 PIN；最后一位有 PIN 的业务部经理不能改掉）',
    options: { '--role': role },
    who: '业务部经理（签核：输入 PIN）',
    example: 'orderdesk user edit chen --role finance',
  },
  'user pin': {
    description: '设置 PIN：自己的用当前 PIN 修改，他人的由业务部经理设置（签核）；新 PIN 隐藏输入两次，或用 ORDERDESK_NEW_PIN',
    who: '所有人可改自己的 PIN；他人的 PIN 由业务部经理设置（签核：输入 PIN）',
    example: 'orderdesk user pin li',
  },
  'user list': {
    description: '列出用户',
    who: '所有人',
    example: 'orderdesk user list',
  },
}
