import type { Doing, UserMessages } from '../../domain/messages/user.js'
import { ROLES, type Permission } from '../../domain/roles.js'
import { localTime } from '../local-time.js'
import type { Words } from '../words.js'
import { names } from './names.js'

const role = (r: string) => names['name.role']({ role: r })

/** Who may do it, for "（需要 … 角色）". */
const WHO_MAY: Record<Permission, string> = {
  'master.write': '业务员或业务部经理',
  'user.write': '业务部经理',
  'stock.write': '业务员、业务部经理或物控',
  'inquiry.write': '业务员或业务部经理',
  'contract.sign': '业务员或业务部经理',
  'settings.write': '业务部经理',
  'payment.record': '业务员、财务或业务部经理',
  'production.work': '物控',
  'production.manage': '业务员或业务部经理',
  'shipping.plan': '业务员或业务部经理',
  'shipping.move': '物流、业务员或业务部经理',
  'invoice.issue': '财务或业务部经理',
  'aftersales': '业务员或业务部经理',
  // issue 19: payments
  'payment.refund': '财务或业务部经理',
  // issue 19: countersign and attachments
  'attach.add': '业务员、财务、物流或业务部经理',
}

const DOING: Record<Doing, string> = {
  'customer.add': '新增客户',
  'product.add': '新增产品',
  'user.add': '新增用户',
  'user.editRole': '修改角色',
  'user.setOthersPin': '设置他人的 PIN',
  'stock.receive': '登记入库',
  'stock.adjust': '调整库存',
  'stock.check': '库存查询',
  'inquiry.new': '登记询价',
  'inquiry.drop': '登记意向结束',
  'quote.reprice': '重新报价',
  'contract.sign': '签订销售合同',
  'settings.change': '修改设置',
  'invoice.issue': '开票',
  'payment.record': '登记回款',
  'change.request': '登记客户变更',
  'change.confirm': '确认客户变更',
  'change.decide': '评审生产计划变更',
  'production.accept': '接收生产命令单',
  'production.reject': '拒收生产命令单',
  'production.progress': '登记生产进度',
  'production.done': '登记完工入库',
  'production.redispatch': '重新下达生产命令单',
  'production.rate': '评价生产命令单',
  'production.reopen': '撤回生产完工',
  'shipment.plan': '开货物出库单',
  'shipment.send': '发货',
  'shipment.deliver': '登记送达',
  'feedback.add': '登记客户满意度',
  'complaint.open': '登记投诉',
  'complaint.resolve': '处理投诉',
  'import.orders': '导入订单',
  'import.createCustomers': '新建客户（--create-customers）',
  'import.customers': '导入客户',
  'import.products': '导入产品',
  'import.stock': '导入库存',
  // issue 19: payments
  'payment.refund': '登记退款',
  'payment.void': '作废回款',
  'return.receive': '登记退货',
  // issue 19: countersign and attachments
  'contract.countersign': '登记销售合同回签',
  'confirmation.countersign': '登记订单确认书回签',
  'attach.add': '为订单存入附件',
  // issue 19: master
  'customer.edit': '修改客户资料',
  'product.edit': '修改产品资料',
}

const LOCKED: Record<UserMessages['user.locked']['why'], (p: UserMessages['user.locked']) => string> = {
  wrongPin: (p) => `${p.user} 的 PIN 错误，未签核任何内容。${p.windowMinutes} 分钟内 PIN 错误 ${p.limit} 次：${p.user} 的签核已锁定`,
  locked: (p) => `${p.user} 的签核已锁定`,
  attemptsUsed: (p) => `${p.windowMinutes} 分钟内 ${p.user} 的 PIN 已试了 ${p.limit} 次，都错了或还在验证中：${p.user} 的签核已锁定`,
}

const PIN_OF: Record<UserMessages['user.pinOf']['which'], (user: string) => string> = {
  pin: (u) => `${u} 的 PIN`,
  current: (u) => `${u} 的当前 PIN`,
  new: (u) => `${u} 的新 PIN`,
  newManager: (u) => `${u} 的 PIN：业务部经理必须有`,
}

const PIN_DONE: Record<UserMessages['user.pinDone']['change'], (user: string) => string> = {
  set: (u) => `已为 ${u} 设置 PIN`,
  reset: (u) => `已重设 ${u} 的 PIN`,
  changed: (u) => `${u} 的 PIN 已修改`,
}

const COLUMN: Record<UserMessages['user.column']['column'], string> = { name: '用户名', role: '角色', fullName: '姓名', pin: 'PIN' }

/** The first five names, then how many more. */
const someOf = (list: string[]) => (list.length > 5 ? `${list.slice(0, 5).join('、')} 及另外 ${list.length - 5} 人` : list.join('、'))

/** The user messages in Chinese (the glossary: docs/glossary.md). */
export const user: Words<UserMessages> = {
  'user.forbidden': (p) => `${p.user} 的角色是 ${role(p.role)}，无权${DOING[p.doing]}（需要 ${WHO_MAY[p.permission]} 角色）`,
  'user.needsManager': (p) => `${p.user} 的角色是 ${role(p.role)}，${p.command} 须由业务部经理执行`,
  'user.needsSignature': (p) => `${p.user} 的角色是 ${role(p.role)}，${p.command} 需要业务部经理签核`,
  'user.signoffWithoutPin': (p) => `${p.user} 还没有 PIN，签核需要 PIN：请用 \`orderdesk user pin ${p.user}\` 设置`,
  'user.noPin': (p) => `${p.user} 没有 PIN`,
  'user.wrongPin': (p) => `${p.user} 的 PIN 错误，未签核任何内容`,
  'user.locked': (p) => {
    const minutes = Math.max(1, Math.ceil((p.until - p.now) / 60_000))
    return `${LOCKED[p.why](p)}，${localTime(p.until, p.now)} 解锁（还有 ${minutes} 分钟），请到时再试`
  },
  'user.notAUser': (p) => `“${p.name}” 不是 orderdesk 的用户；用户由业务部经理添加`,
  'user.firstMustBeManager': () => '新工作台的第一个用户必须是有 PIN 的业务部经理：`orderdesk user add <name> --role manager --pin`',
  'user.firstUserMeanwhile': () => '工作台在此期间已有了第一个用户；现在由业务部经理添加用户',
  'user.nameRule': () => '字母、数字、. _ -（以字母开头，最多 32 个字符）',
  'user.roleRule': () => `须为以下之一：${ROLES.join('、')}`,
  'user.pinRule': (p) => `须为 ${p.min} 到 ${p.max} 个字符（可以全是数字），不能含控制字符`,
  'user.managerNeedsPin': () => '业务部经理必须有 PIN：请加 --pin',
  'user.exists': () => '已有同名用户',
  'user.seeList': () => '查看 `orderdesk user list`',
  'user.sameRole': (p) => `${p.user} 的角色已是 ${role(p.role)}，未做修改`,
  'user.managerWithoutPin': (p) => `${p.user} 还没有 PIN，而业务部经理必须有 PIN：请先用 \`orderdesk user pin ${p.user}\` 设置`,
  'user.lastManager': (p) => `${p.user} 是最后一位有 PIN 的业务部经理，改了就没有人能签核：请先把另一位用户设为业务部经理`,
  'user.samePin': () => '与当前 PIN 相同',
  'user.pinSetMeanwhile': (p) => `${p.user} 在此期间已设置了 PIN；请用那个 PIN 来修改`,
  'user.firstPinByManager': (p) =>
    `${p.user} 还没有 PIN：第一个 PIN 由有 PIN 的业务部经理设置（${someOf(p.managers)}）：\`orderdesk user pin ${p.user} --as <manager>\``,
  'user.noManagerHasPin': (p) =>
    `${p.user} 还没有 PIN，也没有哪位业务部经理有 PIN：先由一位经理设置自己的 PIN（\`orderdesk user pin <manager> --as <manager>\`），再设置 ${p.user} 的`,
  'user.askRole': () => '角色',
  'user.askNewRole': (p) => `${p.user} 的新角色`,
  'user.askPin': (p) => `${p.user} 的 PIN`,
  'user.askCurrentPin': (p) => `${p.user} 的当前 PIN`,
  'user.pinOf': (p) => PIN_OF[p.which](p.user),
  'user.added': (p) => `已添加用户 ${p.user}，角色：${role(p.role)}${p.pin ? '（已设置 PIN）' : ''}`,
  'user.roleChanged': (p) => `用户 ${p.user} 的角色已改为 ${role(p.role)}（原为 ${role(p.previous)}）`,
  'user.pinDone': (p) => PIN_DONE[p.change](p.user),
  'user.column': (p) => COLUMN[p.column],
  'user.hasPin': () => '已设置',
}
