import type { StepEvent } from './record-step.js'

/**
 * The audit event of a new inquiry — an order that comes to be, in status `inquiry` — whether
 * a clerk took it (`inquiry new`) or a file brought it (`import orders`). `data` is what each
 * records of it.
 */
export function inquiryEvent(number: string, orderId: number, data: Record<string, unknown>): StepEvent {
  return { action: 'inquiry.new', entity: 'order', ref: number, orderId, from: null, to: 'inquiry', data }
}
