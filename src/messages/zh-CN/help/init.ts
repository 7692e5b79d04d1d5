import type { initHelp as english } from '../../en/help/init.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk init` in Chinese (the glossary: docs/glossary.md). */
export const initHelp: Retexted<typeof english> = {
  init: {
    description: '新建数据库（或把它的结构升级到最新版本）',
    options: { '--demo': '载入演示数据：各个角色的用户、客户、产品和库存' },
    who: '任何人（此时还不需要工作台用户）',
    example: 'orderdesk init --demo',
  },
}
