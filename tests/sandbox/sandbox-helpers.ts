// Shared helpers for the sandbox tests (not a test file itself).
import http from 'node:http';
import https from 'node:https';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { forwardTo } from '../../e2e/harness/forward-to';

/** base64 of UTF-8 JSON, as GetCourse expects `params` (ref A.1). */
export function encodeParams(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
}

export async function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
}

export interface ImportEnvelope {
  success: boolean;
  action?: string;
  error?: string;
  result?: {
    success: boolean;
    error: boolean;
    error_message: string;
    user_id: number | '';
    user_status: string;
    deal_id: number | '';
    deal_number: number | '';
    payment_link: string;
  };
}

/** One import call with a fresh body, answered JSON. */
export async function importCall(
  sandbox: Sandbox,
  endpoint: 'users' | 'deals',
  params: unknown,
  options: { key?: string; action?: string } = {},
): Promise<ImportEnvelope> {
  const response = await postForm(`${sandbox.httpUrl}/pl/api/${endpoint}`, {
    action: options.action ?? 'add',
    key: options.key ?? sandbox.keys.readWrite,
    params: encodeParams(params),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as ImportEnvelope;
}

export interface ExportEnvelope {
  success: boolean;
  info?: unknown;
  error?: boolean | string;
  error_message?: string;
  error_code?: number;
}

/** One export-API GET with the key in the query (ref B.1). */
export async function exportCall(baseUrl: string, path: string, query: Record<string, string>): Promise<ExportEnvelope> {
  const response = await fetch(`${baseUrl}/pl/api/account/${path}?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ExportEnvelope;
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request through node:http(s), which — unlike fetch — may set `Host` and trust a given CA. */
export function rawRequest(
  url: string,
  options: { method?: string; host?: string; headers?: Record<string, string>; body?: string; ca?: string; servername?: string } = {},
): Promise<RawAnswer> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      target,
      {
        method: options.method ?? 'GET',
        headers: { ...(options.host ? { host: options.host } : {}), ...options.headers },
        ...(options.ca ? { ca: options.ca } : {}),
        ...(options.servername ? { servername: options.servername } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A form body for rawRequest. */
export function formBody(fields: Record<string, string>): { headers: Record<string, string>; body: string } {
  return { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
}

/**
 * One sandbox for a test file, back to its seed state before each test, closed afterwards.
 * Returns a stand-in that forwards to the live sandbox once `beforeAll` has started it.
 */
export function useSandbox(): Sandbox {
  let live: Sandbox | undefined;
  beforeAll(async () => {
    live = await startSandbox();
  });
  afterAll(async () => {
    await live?.close();
  });
  beforeEach(() => live?.reset());
  return forwardTo(() => live, 'the sandbox');
}
