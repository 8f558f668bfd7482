/**
 * A test import from the popup: the school's key from the store (it never comes in a message),
 * sent once by `sendTestImport` (validation, confirmed risks, one per school, no retry), kept in the
 * school's history whatever came back. Once it has gone out, nothing may turn its answer into an
 * error: when the history cannot be written (storage full), the reply says so beside the answer.
 */
import { checkImport, IMPORT_RISK_CODES, issuesLine, type ImportRiskCode } from '@/utils/import-params';
import { importCurlWithKey } from '@/utils/import-preview';
import type { ParsedOf } from '@/utils/contract';
import type { UI_TO_BG } from '@/utils/message-names';
import type { ImportCurlReply, TestImportReply } from '@/utils/messages';
import { keepInHistory } from './history';
import { keyFor, listSchools } from './school-store';
import { sendTestImport } from './test-import';

const isRisk = (code: string): code is ImportRiskCode => (IMPORT_RISK_CODES as readonly string[]).includes(code);

type SchoolWithKey = { ok: true; origin: string; key: string } | { ok: false; problem: { code: 'bad-request' | 'wrong-key'; raw: string } };

async function schoolWithKey(schoolId: string): Promise<SchoolWithKey> {
  const school = (await listSchools()).find((s) => s.id === schoolId);
  if (!school) return { ok: false, problem: { code: 'bad-request', raw: 'unknown school' } };
  const key = await keyFor(school.id);
  if (!key) return { ok: false, problem: { code: 'wrong-key', raw: 'no key saved for this school in this browser' } };
  return { ok: true, origin: school.origin, key };
}

/**
 * The admin's explicit "copy with key": the same curl the preview shows, with the real key. Only
 * valid params (what Send would send), so a copied command never carries a half-filled import.
 */
export async function importCurlReply(message: ParsedOf<typeof UI_TO_BG.importCurlWithKey>): Promise<ImportCurlReply> {
  const found = await schoolWithKey(message.schoolId);
  if (!found.ok) return found;
  const checked = checkImport(message.endpoint, message.params);
  if (!checked.ok) return { ok: false, problem: { code: 'invalid-params', raw: issuesLine(checked.issues) } };
  return { ok: true, curl: importCurlWithKey({ origin: found.origin, endpoint: message.endpoint, params: checked.params }, found.key) };
}

export async function testImportReply(message: ParsedOf<typeof UI_TO_BG.testImport>): Promise<TestImportReply> {
  const found = await schoolWithKey(message.schoolId);
  if (!found.ok) return found;
  const { origin, key } = found;
  const outcome = await sendTestImport({
    origin,
    key,
    endpoint: message.endpoint,
    params: message.params,
    confirmedRisks: message.confirmedRisks.filter(isRisk),
  });
  const target = `${origin}/pl/api/${message.endpoint}`;
  const request = { kind: 'import' as const, endpoint: message.endpoint, params: message.params };
  if (outcome.ok) {
    const r = outcome.result;
    const summary = [
      r.userStatus && `user ${r.userId ?? '?'} ${r.userStatus}`,
      r.dealId !== null && `deal ${r.dealId}${r.dealNumber ? ` №${r.dealNumber}` : ''}`,
    ]
      .filter(Boolean)
      .join(', ');
    const result = { userId: r.userId, userStatus: r.userStatus, dealId: r.dealId, dealNumber: r.dealNumber };
    const notKept = await keepInHistory(new URL(origin).host, {
      target,
      outcome: 'ok',
      ms: outcome.ms,
      summary: summary || 'ok',
      result,
      request,
    });
    return { ok: true, ms: outcome.ms, result: r, raw: outcome.raw, ...(notKept && { historyNotKept: notKept }) };
  }
  const notKept = await keepInHistory(new URL(origin).host, {
    target,
    outcome: 'fail',
    ms: outcome.ms,
    summary: [outcome.problem.code, outcome.problem.raw].filter(Boolean).join(': ').slice(0, 500),
    problem: outcome.problem,
    request,
  });
  return { ok: false, problem: { ...outcome.problem, ...(notKept && { historyNotKept: notKept }) } };
}
