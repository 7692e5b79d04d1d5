import { ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { STEPS } from '../domain/order-status.js'
import { requirePermission, type ServiceContext } from './context.js'
import { orderStep } from './record-step.js'

/** The customer declined (or went elsewhere): the inquiry ends as `lost`. */
export async function dropInquiry(
  ctx: ServiceContext,
  input: { number: string; reason: string; expectedRevision?: number },
): Promise<void> {
  requirePermission(ctx, 'inquiry.write', 'inquiry.drop')
  const reason = input.reason.trim()
  if (!reason) throw new ValidationError('reason', input.reason, msg('common.empty', {}))
  await orderStep(
    ctx,
    input.number,
    'dropInquiry',
    async () => ({ patch: { status: STEPS.dropInquiry.to, lost_reason: reason }, event: { action: 'inquiry.drop', data: { reason } }, result: undefined }),
    { expectedRevision: input.expectedRevision },
  )
}
