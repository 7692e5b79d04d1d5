import type { NameMessages } from '../../domain/messages/names.js'
import { formatMoney, formatMoneyGrouped } from '../../domain/money.js'
import type { Words } from '../words.js'

/** The names of the codes in English: the code itself, as screens and forms always showed it. */
export const names: Words<NameMessages> = {
  'name.orderStatus': (p) => p.status,
  'name.paymentStatus': (p) => p.status,
  'name.productionStatus': (p) => p.status,
  'name.changeStatus': (p) => p.status,
  'name.shipmentStatus': (p) => p.status,
  'name.complaintStatus': (p) => p.status,
  'name.role': (p) => p.role,
  'name.channel': (p) => p.channel,
  'name.paymentMethod': (p) => p.method,
  'name.unit': (p) => p.unit,
  'name.action': (p) => p.action,
  'name.source': (p) => p.source,
  'name.money': (p) => (p.grouped ? formatMoneyGrouped(p.minor) : formatMoney(p.minor)),
}
