/**
 * Problem → translated explanation with the next step. The connection-checks issue grows this
 * into the full catalogue; every ProblemCode already has an entry, so nothing is swallowed.
 */
import type { Problem, ProblemCode } from './messages';
import { translate, type Lang, type MessageKey } from './i18n';

const MESSAGE_FOR: Record<ProblemCode, MessageKey> = {
  'wrong-key': 'errors.wrongKey',
  'plan-closed': 'errors.planClosed',
  'rate-limited': 'errors.rateLimited',
  'not-json': 'errors.notJson',
  redirect: 'errors.redirect',
  http: 'errors.http',
  network: 'errors.network',
  timeout: 'errors.timeout',
  malformed: 'errors.malformed',
  unknown: 'errors.unknown',
  'bad-request': 'errors.badRequest',
  forbidden: 'errors.badRequest',
  'needs-permission': 'errors.needsPermission',
  'insecure-target': 'errors.insecureTarget',
  busy: 'errors.busy',
};

export function explainProblem(lang: Lang, problem: Problem): string {
  return translate(lang, MESSAGE_FOR[problem.code] ?? 'errors.unknown', {
    raw: problem.raw ?? '—',
    status: problem.status ?? '—',
    seconds: problem.seconds ?? '—',
  });
}
