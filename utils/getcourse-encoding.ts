/**
 * GetCourse's legacy API request format (fact sheet A.1): POST, form-urlencoded fields
 * `action`, `key`, `params`, where `params` is base64 of the UTF-8 JSON. `btoa` alone throws on
 * Cyrillic, so the JSON is encoded to UTF-8 bytes first.
 */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function base64ToUtf8(base64: string): string {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeParams(params: unknown): string {
  return utf8ToBase64(JSON.stringify(params));
}

/** The body GetCourse expects; URLSearchParams percent-encodes base64's `+ / =` (fact sheet 0.2). */
export function importRequestBody(action: string, key: string, params: unknown): URLSearchParams {
  return new URLSearchParams({ action, key, params: encodeParams(params) });
}

/** A.1: both imports (`/pl/api/users`, `/pl/api/deals`) take `action=add`. */
export const IMPORT_ACTION = 'add';
/** The Accept header of GetCourse's own curl example (A.1). */
export const IMPORT_ACCEPT = 'application/json; q=1.0, */*; q=0.1';

export function importUrl(origin: string, endpoint: 'users' | 'deals'): string {
  return `${origin.replace(/\/+$/, '')}/pl/api/${endpoint}`;
}
