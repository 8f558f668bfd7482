import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base64ToUtf8, importUrl } from '@/utils/getcourse-encoding';
import { checkDealImport, checkUserImport, type ImportParams } from '@/utils/import-params';
import { importCurlWithKey, KEY_PLACEHOLDER, previewImport, shellQuote, type ImportTarget } from '@/utils/import-preview';
import { maskKey } from '@/utils/mask-key';

const KEY = 'gcApiKey0123456789abcdefWXYZ';
const ORIGIN = 'https://school.getcourse.ru';

function params(input: unknown, endpoint: 'users' | 'deals' = 'users'): ImportParams {
  const result = endpoint === 'deals' ? checkDealImport(input) : checkUserImport(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.params;
}

const USER: ImportTarget = {
  origin: ORIGIN,
  endpoint: 'users',
  params: params({
    user: {
      email: 'albato-test+202611281530@example.com',
      first_name: 'Тест',
      group_name: ['Покупатели'],
      addfields: { 'Город проживания': 'Москва' },
    },
  }),
};
const DEAL: ImportTarget = {
  origin: ORIGIN,
  endpoint: 'deals',
  params: params(
    {
      user: { email: 'albato-test+202611281530@example.com' },
      deal: { offer_code: 'kurs-1', deal_cost: '1 500 руб.' },
      system: { return_deal_number: true },
    },
    'deals',
  ),
};

/** What bash makes of a command: each argument `curl` would get, with `curl` replaced by a printer. */
function argsOf(command: string): string[] {
  const out = execFileSync('bash', ['-c', `curl() { printf '%s\\0' "$@"; }\n${command}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

describe('import preview (fact sheet A.1)', () => {
  it('shows the URL, the JSON, its base64 and the form body with the key masked', () => {
    const preview = previewImport(USER, { key: KEY });
    expect(preview.url).toBe('https://school.getcourse.ru/pl/api/users');
    expect(preview.action).toBe('add');
    expect(JSON.parse(preview.json)).toEqual(USER.params);
    expect(preview.base64).toBe(Buffer.from(JSON.stringify(USER.params)).toString('base64'));
    const body = new URLSearchParams(preview.body);
    expect([...body.keys()]).toEqual(['action', 'key', 'params']);
    expect(body.get('key')).toBe(maskKey(KEY));
    expect(body.get('params')).toBe(preview.base64);
    expect(preview.body).not.toContain(KEY);
    expect(preview.curl).not.toContain(KEY);
  });

  it.each([USER, DEAL])('the form body decodes back to the same params ($endpoint)', (target) => {
    const body = new URLSearchParams(previewImport(target, { key: KEY }).body);
    expect(JSON.parse(base64ToUtf8(body.get('params')!))).toEqual(target.params);
    expect(JSON.parse(Buffer.from(body.get('params')!, 'base64').toString('utf8'))).toEqual(target.params);
  });

  it('percent-encodes base64 "+ / =" in the body (0.2)', () => {
    const target: ImportTarget = { ...USER, params: params({ user: { email: 'a@example.com', first_name: '>>>???' } }) };
    const preview = previewImport(target, { key: KEY });
    expect(preview.base64).toMatch(/[+/]/);
    const raw = preview.body.split('&').find((p) => p.startsWith('params='))!;
    expect(raw.slice('params='.length)).not.toMatch(/[+/=]/);
    expect(decodeURIComponent(raw.slice('params='.length))).toBe(preview.base64);
  });

  it('pages that hold only the masked key show it as given; no key shows a placeholder', () => {
    expect(new URLSearchParams(previewImport(USER, { maskedKey: 'gcAp…WXYZ' }).body).get('key')).toBe('gcAp…WXYZ');
    expect(new URLSearchParams(previewImport(USER).body).get('key')).toBe(KEY_PLACEHOLDER);
    expect(previewImport(USER).curl).toContain(`key=${KEY_PLACEHOLDER}`);
  });

  it('the curl masks the key; the "copy with key" curl carries it', () => {
    expect(argsOf(previewImport(DEAL, { key: KEY }).curl)).toEqual([
      '-X',
      'POST',
      'https://school.getcourse.ru/pl/api/deals',
      '-H',
      'Accept: application/json; q=1.0, */*; q=0.1',
      '--data-urlencode',
      'action=add',
      '--data-urlencode',
      `key=${maskKey(KEY)}`,
      '--data-urlencode',
      `params=${Buffer.from(JSON.stringify(DEAL.params)).toString('base64')}`,
    ]);
    const withKey = importCurlWithKey(DEAL, KEY);
    expect(withKey).toContain(KEY);
    expect(argsOf(withKey)).toContain(`key=${KEY}`);
  });

  it('Cyrillic stays inside base64: the command is plain ASCII', () => {
    const curl = importCurlWithKey(USER, KEY);
    expect(curl).toMatch(/^[\x20-\x7e\n]+$/);
    const params = argsOf(curl).find((a) => a.startsWith('params='))!;
    expect(JSON.parse(base64ToUtf8(params.slice('params='.length)))).toEqual(USER.params);
  });

  it('origin with a trailing slash gives one slash', () => {
    expect(importUrl('https://school.getcourse.ru/', 'users')).toBe('https://school.getcourse.ru/pl/api/users');
  });
});

describe('shell quoting of hostile values', () => {
  const dir = mkdtempSync(join(tmpdir(), 'curl-quote-'));
  const marker = join(dir, 'pwned');
  const HOSTILE = [
    "it's",
    "''",
    `$(touch ${marker})`,
    `\`touch ${marker}\``,
    '${HOME}',
    'line1\nline2\n',
    'tab\there; touch x && echo $PATH | cat > y',
    '\\\'\\"',
    '!history -$*@ ~',
    'ключ «ёлка» 🎓',
  ];

  it.each(HOSTILE)('shellQuote keeps %j as one literal argument', (value) => {
    expect(argsOf(`curl ${shellQuote(value)} ${shellQuote('next')}`)).toEqual([value, 'next']);
    expect(existsSync(marker)).toBe(false);
  });

  it.each(HOSTILE)('a key of %j reaches curl verbatim and runs nothing', (key) => {
    const args = argsOf(importCurlWithKey(USER, key));
    expect(args).toContain(`key=${key}`);
    expect(args).toHaveLength(11);
    expect(existsSync(marker)).toBe(false);
  });

  it('a hostile origin stays one argument', () => {
    const origin = `https://x.ru'; touch ${marker}; echo '`;
    const args = argsOf(importCurlWithKey({ ...USER, origin }, KEY));
    expect(args[2]).toBe(`${origin}/pl/api/users`);
    expect(existsSync(marker)).toBe(false);
  });
});
