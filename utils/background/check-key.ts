/**
 * The cheapest key check the fact sheet knows: `/pl/api/account/fields` answers at once with
 * the school's custom fields (B.1, B.4). The key travels in the POST body, never in the URL
 * (B.1: a key in a query string ends up in logs).
 */
import type { CheckKeyMessage, CheckKeyReply } from '../messages';
import { customField, readGetCourseAnswer, shorten } from '../getcourse-answer';
import { fetchAnswer } from './fetch-answer';

export async function checkKey({ origin, key }: Pick<CheckKeyMessage, 'origin' | 'key'>, now: () => number = () => performance.now()): Promise<CheckKeyReply> {
  const started = now();
  const fetched = await fetchAnswer(`${origin}/pl/api/account/fields`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json; q=1.0, */*; q=0.1' },
    body: new URLSearchParams({ key }).toString(),
  });
  if (!fetched.ok) return { ok: false, problem: fetched.problem };
  const read = readGetCourseAnswer(fetched.answer);
  if (!read.ok) return { ok: false, problem: read.problem };
  const fields = customField.array().safeParse(read.info);
  if (!fields.success) return { ok: false, problem: { code: 'malformed', raw: shorten(fetched.answer.body) } };
  const custom = fields.data.filter((field) => !String(field.title).startsWith('gc_system_'));
  return {
    ok: true,
    userFields: custom.filter((field) => field.context_type === 'user').length,
    dealFields: custom.filter((field) => field.context_type === 'deal').length,
    ms: Math.round(now() - started),
  };
}
