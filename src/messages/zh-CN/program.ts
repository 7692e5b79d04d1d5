import type { ProgramMessages } from '../../domain/messages/program.js'
import type { Words } from '../words.js'

const HEADINGS: Readonly<Record<string, string>> = {
  'Usage:': '用法:',
  'Options:': '选项:',
  'Arguments:': '参数:',
  'Commands:': '命令:',
  'Global Options:': '全局选项:',
}

/** @inquirer's key tips under a prompt. */
const KEY_ACTIONS: Readonly<Record<string, string>> = { navigate: '移动', select: '选择', 'toggle visibility': '显示/隐藏' }

/** commander's usage errors (its English text, matched by its code) in Chinese. */
function usage(code: string, text: string): string {
  const quoted = text.match(/'([^']*)'/g)?.map((q) => q.slice(1, -1)) ?? []
  const suggestion = text.match(/Did you mean (\S+?)\?/)?.[1]
  const hint = suggestion ? `（是不是要输入 ${suggestion}？）` : ''
  const see = '（见 `orderdesk --help`）'
  switch (code) {
    case 'commander.unknownOption':
      return `未知选项 ${quoted[0] ?? ''}${hint}${see}`
    case 'commander.unknownCommand':
      return `未知命令 ${quoted[0] ?? ''}${hint}${see}`
    case 'commander.missingArgument':
      return `缺少参数 ${quoted[0] ?? ''}${see}`
    case 'commander.optionMissingArgument':
      return `选项 ${quoted[0] ?? ''} 缺少取值${see}`
    case 'commander.missingMandatoryOptionValue':
      return `必须给出选项 ${quoted[0] ?? ''}${see}`
    case 'commander.excessArguments': {
      const counts = text.match(/Expected (\d+) arguments? but got (\d+)/)
      const what = quoted[0] ? `命令 ${quoted[0]} 的参数太多` : '参数太多'
      return `${what}${counts ? `：应有 ${counts[1]} 个，实际给了 ${counts[2]} 个` : ''}${see}`
    }
    default:
      return `${text}${see}`
  }
}

/** The program's own words in Chinese. */
export const program: Words<ProgramMessages> = {
  'program.heading': (p) => HEADINGS[p.heading] ?? p.heading,
  'program.helpOption': () => '显示命令的帮助',
  'program.helpCommand': () => '显示命令的帮助',
  'program.who': (p) => `适用角色：${p.who}`,
  'program.example': () => '示例：',
  'program.usage': (p) => usage(p.code, p.text),
  'program.next': () => '下一步：',
  'program.badLanguage': (p) => `${p.source} 的值 ${JSON.stringify(p.value)} 无效：只能是 zh-CN 或 en`,
  'program.referenceTitle': () => '命令参考',
  'program.referenceIntro': (p) =>
    `${p.description}下面每个命令都还接受全局选项和 \`-h, --help\`。这些命令所属的业务流程见[业务员指南](guide.md)。`,
  'program.referenceGlobalOptions': () => '全局选项',
  'program.referenceCommands': () => '命令',
  'program.referenceSubcommands': () => '命令：',
  'program.referenceArgumentHead': () => '参数',
  'program.referenceOptionHead': () => '选项',
  'program.referenceMeaningHead': () => '说明',
  'program.promptKey': (p) => KEY_ACTIONS[p.action] ?? p.action,
  'program.promptYes': () => '是',
  'program.promptNo': () => '否',
  'program.promptYesOrNo': (p) => `请回答“${p.yes}”或“${p.no}”（也可以输入 y 或 n）`,
  'program.promptNoResults': () => '没有找到，换个词试试',
  'program.defaultValue': (p) => `（默认：${p.value}）`,
}
