// @ts-check
/** Small HTTP helpers shared by the sandbox handlers: one `Reply` shape, body reading, form parsing. */

/** @typedef {{ status: number, contentType: string, body: string, headers?: Record<string, string>, dropped?: boolean }} Reply `dropped`: close the connection instead of answering */

/**
 * What a handler gets about a request: the body is already read as UTF-8 text.
 * @typedef {{ method: string, url: URL, headers: Record<string, string>, body: string, https: boolean }} RequestInfo
 */

/**
 * @param {number} status
 * @param {unknown} value
 * @returns {Reply}
 */
export function json(status, value) {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) };
}

/**
 * @param {number} status
 * @param {string} text
 * @returns {Reply}
 */
export function text(status, text) {
  return { status, contentType: 'text/plain; charset=utf-8', body: text };
}

/**
 * @param {number} status
 * @param {string} markup
 * @returns {Reply}
 */
export function html(status, markup) {
  return { status, contentType: 'text/html; charset=utf-8', body: markup };
}

/**
 * @param {string} location
 * @returns {Reply}
 */
export function redirect(location) {
  return { status: 302, contentType: 'text/html; charset=utf-8', body: '', headers: { location } };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string>}
 */
export async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Node's headers with array values joined, names already lower-cased by Node.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {Record<string, string>}
 */
export function flatHeaders(headers) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * Form fields of a request: query string first, then an urlencoded body on top (ref B.1: key as query or form field).
 * @param {RequestInfo} request
 * @returns {Map<string, string>}
 */
export function formFields(request) {
  /** @type {Map<string, string>} */
  const fields = new Map(request.url.searchParams);
  const type = request.headers['content-type'] ?? '';
  if (request.method === 'POST' && (type === '' || type.includes('application/x-www-form-urlencoded'))) {
    for (const [name, value] of new URLSearchParams(request.body)) fields.set(name, value);
  }
  return fields;
}

/**
 * Query parameters as a plain object; a repeated name keeps its last value.
 * @param {URLSearchParams} params
 * @returns {Record<string, string>}
 */
export function queryObject(params) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, value] of params) out[name] = value;
  return out;
}

/**
 * The fields of a partial answer that were given: those set to `undefined` are left out, so they take the default.
 * @template {object} T
 * @param {Partial<T>} value
 * @returns {Partial<T>}
 */
export function stripUndefined(value) {
  return /** @type {Partial<T>} */ (Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
}
