import type { Migration } from 'kysely'
import * as m0001 from './0001-initial.js'
import * as m0002 from './0002-payments-production.js'
import * as m0003 from './0003-shipping-aftersales.js'
import * as m0004 from './0004-changes.js'
import * as m0005 from './0005-report-indexes.js'
import * as m0007 from './0007-list-indexes.js'
import * as m0008 from './0008-import.js'
import * as m0009 from './0009-needs-action-index.js'
import * as m0010 from './0010-customer-search.js'
import * as m0011 from './0011-status-id-index.js'
import * as m0012 from './0012-audit-state.js'
import * as m0013 from './0013-documents.js'
import * as m0014 from './0014-approved-offers.js'
import * as m0015 from './0015-production-signoff.js'
import * as m0017 from './0017-payment-refunds.js'
import * as m0018 from './0018-countersign-attachments.js'
import * as m0019 from './0019-master-history-index.js'
import * as m0021 from './0021-change-rejection.js'
import * as m0022 from './0022-countersign-corrections.js'

/** Ordered migrations, bundled into the CLI (names sort in the order they run). */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-payments-production': m0002,
  '0003-shipping-aftersales': m0003,
  '0004-changes': m0004,
  '0005-report-indexes': m0005,
  '0007-list-indexes': m0007,
  '0008-import': m0008,
  '0009-needs-action-index': m0009,
  '0010-customer-search': m0010,
  '0011-status-id-index': m0011,
  '0012-audit-state': m0012,
  '0013-documents': m0013,
  '0014-approved-offers': m0014,
  '0015-production-signoff': m0015,
  '0017-payment-refunds': m0017,
  '0018-countersign-attachments': m0018,
  '0019-master-history-index': m0019,
  '0021-change-rejection': m0021,
  '0022-countersign-corrections': m0022,
}

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1)!
