/**
 * Reading GetCourse's list of processes of one object type, `/pl/tasks/mission/find-by-type`
 * → `{models:[…]}` (fact sheet C.2, R.2). The models' fields are not in the fact sheet; a public
 * script that reads this list (re-code, among R.3's sources) takes `id`, else `key`. Pure, and it
 * trusts nothing: anything but a list of numeric ids gives null or fewer ids.
 */
const MAX_MODELS = 5000;

export function processIdsOf(body: string): string[] | null {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  const models = data && typeof data === 'object' ? (data as { models?: unknown }).models : undefined;
  if (!Array.isArray(models)) return null;
  const ids: string[] = [];
  for (const model of models.slice(0, MAX_MODELS)) {
    if (!model || typeof model !== 'object') continue;
    const { id, key } = model as { id?: unknown; key?: unknown };
    const value = id ?? key;
    if ((typeof value === 'number' && Number.isSafeInteger(value) && value > 0) || (typeof value === 'string' && /^\d{1,20}$/.test(value)))
      ids.push(String(value));
  }
  return ids;
}
