/**
 * A test import from the popup: the school's key from the store (it never comes in a message),
 * sent once by `sendTestImport` (validation, confirmed risks, one per school, no retry), kept in the
 * school's history whatever came back.
 */
import { IMPORT_RISK_CODES, type ImportRiskCode } from '../import-params';
import type { TestImportMessage, TestImportReply } from '../messages';
import { recordRequest } from './history';
import { keyFor, listSchools } from './school-store';
import { sendTestImport } from './test-import';

const isRisk = (code: string): code is ImportRiskCode => (IMPORT_RISK_CODES as readonly string[]).includes(code);

export async function testImportReply(message: TestImportMessage): Promise<TestImportReply> {
  const school = (await listSchools()).find((s) => s.id === message.schoolId);
  if (!school) return { ok: false, problem: { code: 'bad-request', raw: 'unknown school' } };
  const key = await keyFor(school.id);
  if (!key) return { ok: false, problem: { code: 'wrong-key', raw: 'no key saved for this school in this browser' } };
  const outcome = await sendTestImport({ origin: school.origin, key, endpoint: message.endpoint, params: message.params, confirmedRisks: message.confirmedRisks.filter(isRisk) });
  const target = `${school.origin}/pl/api/${message.endpoint}`;
  const request = { kind: 'import' as const, endpoint: message.endpoint, params: message.params };
  if (outcome.ok) {
    const r = outcome.result;
    const summary = [r.userStatus && `user ${r.userId ?? '?'} ${r.userStatus}`, r.dealId !== null && `deal ${r.dealId}${r.dealNumber ? ` №${r.dealNumber}` : ''}`].filter(Boolean).join(', ');
    await recordRequest(new URL(school.origin).host, { target, outcome: 'ok', ms: outcome.ms, summary: summary || 'ok', request });
    return { ok: true, ms: outcome.ms, result: r };
  }
  await recordRequest(new URL(school.origin).host, { target, outcome: 'fail', ms: outcome.ms, summary: [outcome.problem.code, outcome.problem.raw].filter(Boolean).join(': ').slice(0, 500), problem: outcome.problem, request });
  return { ok: false, problem: outcome.problem };
}
