// @vitest-environment node
/**
 * Fuzz: generated GetCourse answers (random bytes, truncated JSON, wrong types, bodies of
 * several MB, wrong content types, HTML login pages, envelopes with odd `success` values) go to
 * the answer reader and to every step of "Check connection", and a share of them through a real
 * HTTPS server to the whole check run by the background. No
 * exception may escape and every failure must land on a catalogue entry with Russian and
 * English text. The seed is printed; rerun one with FUZZ_SEED=<seed>.
 */
import 'fake-indexeddb/auto';
import { createServer as createPlainServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readGetCourseAnswer, type HttpAnswer } from '@/utils/getcourse-answer';
import { readAddressProbe, readKeyProbe, readRightsProbe, readWriteProbe, type StepResult } from '@/utils/connection-check';
import { startConnectionCheck } from '@/entrypoints/background/connection-check';
import { saveSchool } from '@/entrypoints/background/school-store';
import { fetchAnswer } from '@/entrypoints/background/fetch-answer';
import { exportCallsOf } from '@/entrypoints/background/storage/items';
import { loadCertificate } from '../sandbox/tls.js';
import { DIAGNOSIS_IDS, diagnose, pickDiagnosis } from '@/components/shared/diagnosis';
import type { Problem } from '@/utils/problem';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed2026) >>> 0;
const TOTAL = 10_000;
const THROUGH_SERVER_EVERY = 20; // 500 of them, each a whole check (up to 4 requests)
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the sandbox's throwaway certificate, this process only
const HOST = 'school.getcourse.ru';

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof prng>;

// Texts GetCourse is known to answer (fact sheet A.8, B.2, E.1), plus strangers.
const GC_TEXTS = [
  'Неавторизованное API-обращение',
  'Access denied',
  'Действие запрещено',
  'Пустой параметр action',
  'Доступ возможен только по https',
  'Не указаны параметры',
  'Функционал недоступен',
  'Достигнут лимит',
  'Слишком много запросов',
  'отсутствует параметр key',
  'Уже запущен один экспорт, попробуйте позднее',
  'Должен быть передан хотя бы один фильтр',
  'Файл еще не создан',
  'Объект не найден',
  'Undefined index: email',
  'Что-то новое',
  '',
  ' ',
  '{raw}',
  '<script>alert(1)</script>',
];
const ODD_FLAGS = [true, false, 1, 0, 'true', 'false', '1', '0', '', 'yes', 'TRUE', ' true ', null, [], {}, 2, -1, 1.5, 'null', undefined];
const ERROR_CODES = [901, 903, 904, 905, 908, 909, 913, 917, 999, '901', '917', 'abc', 0, -1, null, true, 1e21];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/html; charset=utf-8',
  'text/html',
  'text/plain',
  '',
  'application/octet-stream',
  'image/png',
  'TEXT/HTML',
  'application/xml',
];
const STATUSES = [200, 201, 204, 301, 302, 307, 400, 401, 403, 404, 405, 418, 429, 500, 502, 503, 504];

function randomText(rng: Rng, max: number): string {
  const alphabet = 'abcАБВ жё{}[]":,0123456789\\\n\t\u0000\u00a0\ud83d\ude00<>/=';
  let text = '';
  for (let i = rng.int(max); i > 0; i--) text += alphabet[rng.int(alphabet.length)];
  return text;
}

function randomJson(rng: Rng, depth: number): unknown {
  const kind = rng.int(depth > 3 ? 5 : 8);
  if (kind === 0) return null;
  if (kind === 1) return rng.pick(ODD_FLAGS);
  if (kind === 2) return rng.next() * 1e6 - 5e5;
  if (kind === 3) return rng.pick(GC_TEXTS);
  if (kind === 4) return randomText(rng, 20);
  if (kind === 5) return Array.from({ length: rng.int(4) }, () => randomJson(rng, depth + 1));
  return Object.fromEntries(
    Array.from({ length: rng.int(4) }, () => [
      rng.pick(['success', 'info', 'error', 'result', 'title', randomText(rng, 6)]),
      randomJson(rng, depth + 1),
    ]),
  );
}

function customFields(rng: Rng, n: number, broken: boolean): unknown[] {
  return Array.from({ length: n }, (_, i) => {
    const field: Record<string, unknown> = {
      id: i,
      type: 'string',
      title: `Поле ${i}`,
      required: 0,
      context_type: rng.chance(0.5) ? 'user' : 'deal',
    };
    if (broken && rng.chance(0.3)) field[rng.pick(['id', 'title', 'context_type'])] = randomJson(rng, 3);
    return field;
  });
}

/** An envelope shaped like the export or import API's (B.1, A.7), with every field distrusted. */
function envelope(rng: Rng): unknown {
  switch (rng.int(6)) {
    case 0:
      return {
        success: rng.pick(ODD_FLAGS),
        info: rng.chance(0.5) ? customFields(rng, rng.int(30), rng.chance(0.3)) : randomJson(rng, 1),
        error: rng.pick([false, true, rng.pick(GC_TEXTS)]),
        error_message: rng.pick(GC_TEXTS),
        error_code: rng.pick(ERROR_CODES),
      };
    case 1:
      return {
        success: rng.pick(ODD_FLAGS),
        action: 'add',
        result: {
          success: rng.pick(ODD_FLAGS),
          user_id: rng.int(1e6),
          error_message: rng.pick(GC_TEXTS),
          error: rng.pick([false, true, null, rng.pick(GC_TEXTS)]),
        },
      };
    case 2:
      return { success: false, error: rng.pick(GC_TEXTS) };
    case 3:
      return { success: true, info: customFields(rng, rng.int(40), false) };
    case 4:
      return { success: true, result: randomJson(rng, 1) };
    default:
      return randomJson(rng, 0);
  }
}

/** JSON text of a generated value (`undefined` has none: an empty body). */
const stringify = (value: unknown) => JSON.stringify(value) ?? '';

const loginPage = (padding: number) =>
  `<!DOCTYPE html><html><head><title>Вход</title></head><body>${' '.repeat(padding)}<form action="/cms/system/login" method="post"><input name="email"><input type="password" name="password"></form></body></html>`;

/** One generated answer; `huge` answers are several MB. */
function generate(rng: Rng, index: number): { status: number; contentType: string; body: Buffer } {
  const status = rng.chance(0.6) ? 200 : rng.pick(STATUSES);
  let contentType = rng.pick(CONTENT_TYPES);
  let body: string | Buffer;
  if (index % 250 === 7) {
    // ~40 huge bodies of 2–5 MB
    const size = 2_000_000 + rng.int(3_000_000);
    body = rng.pick([
      () => JSON.stringify({ success: true, info: customFields(rng, Math.floor(size / 90), false) }),
      () => 'x'.repeat(size),
      () => loginPage(size),
      () => `{"success":true,"info":[${'{"id":1,"title":"a","context_type":"user"},'.repeat(size / 45)}`, // cut off
      () => '['.repeat(size / 4) + ']'.repeat(size / 4), // deep nesting
    ])();
  } else {
    switch (rng.int(8)) {
      case 0:
        body = Buffer.from(Array.from({ length: rng.int(600) }, () => rng.int(256)));
        break; // random bytes
      case 1: {
        const json = stringify(envelope(rng));
        body = json.slice(0, rng.int(json.length + 1));
        break;
      } // truncated
      case 2:
        body = loginPage(rng.int(100));
        contentType = rng.chance(0.8) ? 'text/html; charset=utf-8' : contentType;
        break;
      case 3:
        body = rng.pick([
          '',
          'Wrong subdomain',
          '<html><body><h1>404</h1></body></html>',
          '<!doctype html><p>Ошибка</p>',
          'null',
          '[]',
          '"ok"',
          '42',
          'true',
        ]);
        break;
      case 4:
        body = `\ufeff \n${stringify(envelope(rng))}${rng.chance(0.2) ? randomText(rng, 10) : ''}`;
        break; // BOM, spaces, trailing junk
      default:
        body = stringify(envelope(rng));
        break;
    }
  }
  return { status, contentType, body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body };
}

function checkFailure(problem: Problem, where: string) {
  const id = pickDiagnosis(problem);
  expect(DIAGNOSIS_IDS, where).toContain(id);
  if (typeof problem.raw === 'string') expect(problem.raw.length, `${where}: raw is shortened`).toBeLessThanOrEqual(301);
  for (const lang of ['ru', 'en'] as const) {
    const d = diagnose(problem, { host: HOST, lang });
    expect(d.id, where).toBe(id);
    expect(d.title.trim() && d.cause.trim() && d.answered.trim() && d.steps[0]?.text.trim(), `${where} ${lang}`).toBeTruthy();
  }
  return id;
}

describe(`answer fuzz (seed ${SEED}; rerun with FUZZ_SEED=${SEED})`, () => {
  const rng = prng(SEED);
  const answers = Array.from({ length: TOTAL }, (_, i) => generate(rng, i));
  let server: Server;
  let origin = '';
  let next: (typeof answers)[number] | null = null;
  let served = 0;

  beforeAll(async () => {
    server = createServer(loadCertificate(), (request, response) => {
      request.resume();
      request.on('end', () => {
        const answer = next!;
        served++;
        response.writeHead(answer.status, answer.contentType ? { 'content-type': answer.contentType } : {});
        response.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it(`reads ${TOTAL} generated answers without an exception, each failure on a catalogue entry`, () => {
    const started = performance.now();
    const entries = new Map<string, number>();
    let ok = 0;
    answers.forEach((generated, i) => {
      const answer: HttpAnswer = {
        status: generated.status,
        contentType: generated.contentType,
        body: new TextDecoder().decode(generated.body),
      };
      const where = `seed ${SEED}, answer ${i}`;
      let reading: ReturnType<typeof readGetCourseAnswer>;
      try {
        reading = readGetCourseAnswer(answer);
      } catch (error) {
        throw new Error(`${where}: readGetCourseAnswer threw ${String(error)}`, { cause: error });
      }
      for (const [step, read] of [
        ['address', readAddressProbe],
        ['key', readKeyProbe],
        ['write', readWriteProbe],
        ['rights', readRightsProbe],
      ] as const) {
        let outcome: ReturnType<typeof read>;
        try {
          outcome = read(answer);
        } catch (error) {
          throw new Error(`${where}: step ${step} threw ${String(error)}`, { cause: error });
        }
        if (outcome.status === 'fail') checkFailure(outcome.problem, `${where}, step ${step}`);
      }
      if (reading.ok) {
        ok++;
        expect(reading.envelope, where).toBeTypeOf('object');
        return;
      }
      expect(reading.entry, where).toBe(checkFailure(reading.problem, where));
      entries.set(reading.entry, (entries.get(reading.entry) ?? 0) + 1);
    });
    // Inputs no HTTP stack would produce still end on an entry.
    for (const status of [Number.NaN, -1, 1000, 2.5])
      expect(readGetCourseAnswer({ status, contentType: '', body: 'x' })).toMatchObject({ ok: false, entry: 'unknown' });
    const ms = Math.round(performance.now() - started);
    const huge = answers.filter((a) => a.body.length > 1_000_000).length;
    console.log(
      `answer fuzz: seed ${SEED}, ${TOTAL} answers (${huge} of 2–5 MB) in ${ms} ms; ${ok} read as data; entries ${JSON.stringify(Object.fromEntries([...entries].sort((a, b) => b[1] - a[1])))}`,
    );
    expect(entries.size).toBeGreaterThan(12);
  }, 120_000);

  it(`sends every ${THROUGH_SERVER_EVERY}th answer through a real HTTPS server to the whole connection check`, async () => {
    fakeBrowser.reset();
    const school = await saveSchool({ name: 'Fuzz', origin }, 'fuzz-key-0123456789');
    await fakeBrowser.permissions.request({ origins: ['https://127.0.0.1/*'] });
    const started = performance.now();
    let checks = 0;
    let requests = 0;
    for (let i = 0; i < TOTAL; i += THROUGH_SERVER_EVERY) {
      next = answers[i]!;
      await exportCallsOf(new URL(origin).host).set([]); // every run may spend an export request
      const where = `seed ${SEED}, answer ${i} via HTTPS`;
      const steps: StepResult[] = [];
      try {
        const start = await startConnectionCheck(school.id, { signal: new AbortController().signal, onStep: (step) => steps.push(step) });
        if (!start.ok) throw new Error(`refused: ${JSON.stringify(start.problem)}`);
        await start.report;
      } catch (error) {
        throw new Error(`${where}: the check threw ${String(error)}`, { cause: error });
      }
      checks++;
      expect(
        steps.map((step) => step.id),
        where,
      ).toEqual(['address', 'key', 'write', 'plan', 'rights', 'limits']);
      for (const step of steps) {
        if (step.problem) checkFailure(step.problem, `${where}, step ${step.id}`);
        if (step.ms !== undefined) requests++;
      }
    }
    console.log(
      `answer fuzz: seed ${SEED}, ${checks} connection checks (${requests} requests) through node:https in ${Math.round(performance.now() - started)} ms`,
    );
    expect(served).toBe(requests);
  }, 120_000);

  it('a closed port and a connection cut mid-answer are problems too', async () => {
    const closed = createPlainServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await fetchAnswer(`http://127.0.0.1:${port}/pl/api/account/fields`, { method: 'POST', body: 'key=k' });
    expect(refused).toMatchObject({ ok: false, problem: { code: 'unreachable' } });

    const cutting = createPlainServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"success":true,"info":[');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    await new Promise<void>((resolve) => cutting.listen(0, '127.0.0.1', resolve));
    const cut = await fetchAnswer(`http://127.0.0.1:${(cutting.address() as AddressInfo).port}/pl/api/account/fields`, {
      method: 'POST',
      body: 'key=k',
    });
    await new Promise<void>((resolve) => cutting.close(() => resolve()));
    const outcome = cut.ok ? readKeyProbe(cut.answer) : { status: 'fail' as const, problem: cut.problem };
    expect(outcome.status).toBe('fail');
    if (outcome.status === 'fail') checkFailure(outcome.problem, 'cut connection');
  });
});
