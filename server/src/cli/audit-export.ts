// `npm run audit-export -- --format csv|json [--since T] [--until T] [--actor NAME] [--node ID] [--out FILE]`:
// the audit trail (who changed what, when, before and after, with provenance) for governance reviews. Writes to
// stdout without --out. Like backup, it opens the store itself: stop an embedded-store server first.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import {
  AUDIT_FORMATS,
  auditToCsv,
  auditToJson,
  isoInstant,
  selectAuditEvents,
  type AuditExportFilter,
  type AuditFormat,
} from '../exchange/audit-export.js';
import { fail, openCliStore } from './cli-common.js';

const usage = `usage: npm run audit-export -- --format ${AUDIT_FORMATS.join('|')} [--since 2025-05-01] [--until 2025-06-01T00:00:00Z] [--actor NAME] [--node ID] [--out FILE]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      actor: { type: 'string' },
      node: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!AUDIT_FORMATS.includes(values.format as AuditFormat))
    throw new Error(
      `audit-export: --format must be ${AUDIT_FORMATS.join(' or ')}, got "${values.format ?? ''}"\n${usage}`,
    );
  const filter: AuditExportFilter = {
    ...(values.since !== undefined ? { since: isoInstant(values.since, '--since') } : {}),
    ...(values.until !== undefined ? { until: isoInstant(values.until, '--until') } : {}),
    ...(values.actor !== undefined ? { actor: values.actor } : {}),
    ...(values.node !== undefined ? { nodeId: values.node } : {}),
  };
  if (filter.since && filter.until && filter.since >= filter.until)
    throw new Error(`audit-export: --since (${filter.since}) must be before --until (${filter.until})`);
  const store = await openCliStore(readConfig(), 'audit-export');
  let text: string;
  let count: number;
  try {
    const events = selectAuditEvents(await store.curation.exportAudit(), filter);
    count = events.length;
    text = values.format === 'csv' ? auditToCsv(events) : auditToJson(events, filter, new Date());
  } finally {
    await store.close();
  }
  if (values.out) {
    writeFileSync(values.out, text, { mode: 0o600 });
    console.error(`audit-export: wrote ${count} audit event(s) to ${values.out}`);
  } else process.stdout.write(text);
}

main().catch(fail);
