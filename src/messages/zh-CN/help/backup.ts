import type { backupHelp as english } from '../../en/help/backup.js'
import type { Retexted } from '../../help-entry.js'

/** The help of `orderdesk backup` in Chinese (the glossary: docs/glossary.md). */
export const backupHelp: Retexted<typeof english> = {
  backup: {
    description: '在别人照常工作时复制数据库（SQLite 在线备份），然后检查副本；--yes 替换已有的文件',
    who: '任何人',
    example: 'orderdesk backup backups/orderdesk-2026-11-26.db',
  },
}
