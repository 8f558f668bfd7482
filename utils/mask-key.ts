/**
 * How an API key may be shown anywhere outside the background: `abcd…wxyz`, enough to tell keys
 * apart, never the whole key; short keys show nothing. Pure, so previews on extension pages and
 * the background's key store share this one rule.
 */
export function maskKey(key: string): string {
  const trimmed = key.trim();
  return trimmed.length < 16 ? '••••••••' : `${trimmed.slice(0, 4)}…${trimmed.slice(-4)}`;
}
