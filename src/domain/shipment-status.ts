/** A shipment's `status` (SPEC §3): the outbound slip is issued, the goods leave, they arrive. */
export const SHIPMENT_STATUSES = ['planned', 'sent', 'delivered'] as const
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number]
