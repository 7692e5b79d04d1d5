import type { migrateDbHelp as english } from '../../en/help/migrate-db.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk migrate-db` in Chinese (the glossary: docs/glossary.md). */
export const migrateDbHelp: Retexted<typeof english> = {
  'migrate-db': {
    description: '把 SQLite 工作台（订单、带哈希链的事件、库存变动，全部数据）复制到一个空的 PostgreSQL 数据库，然后在那里核对行数和审计链',
    options: {
      '--from': '要复制的 SQLite 工作台数据库文件（只读取，不改动）',
      '--to': '空的 PostgreSQL 数据库，postgres://user@host:port/dbname',
    },
    who: '能读取工作台文件、能写入该 PostgreSQL 数据库的任何人（不需要工作台用户）',
    example: 'orderdesk migrate-db --from orderdesk.db --to postgres://orderdesk@dbhost:5432/orderdesk',
  },
}
