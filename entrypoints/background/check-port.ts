/**
 * The "Check connection" port (CHECK_PORT, its row in PORTS of utils/contract.ts): accepted only
 * from extension pages, one start message validated with the row's schema, then each step as it
 * ends and the report. Closing the popup disconnects the port,
 * which cancels the check's requests.
 */
import type { Runtime } from 'webextension-polyfill';
import { CHECK_PORT, CHECK_PORT_MESSAGES } from '@/utils/message-names';
import { PORTS, type PortReplyOf } from '@/utils/contract';
import { isExtensionPage } from './router';
import { startConnectionCheck } from './connection-check';

export function handleCheckPort(port: Runtime.Port): void {
  if (port.name !== CHECK_PORT) return;
  const post = (message: PortReplyOf<typeof CHECK_PORT>) => {
    try {
      port.postMessage(message);
    } catch {
      // The popup went away; the abort below stops the work.
    }
  };
  if (!port.sender || !isExtensionPage(port.sender)) {
    post({ type: CHECK_PORT_MESSAGES.refused, problem: { code: 'forbidden', raw: `${CHECK_PORT} is accepted only from extension pages` } });
    port.disconnect();
    return;
  }
  const controller = new AbortController();
  port.onDisconnect.addListener(() => controller.abort());
  let started = false;
  port.onMessage.addListener((raw: unknown) => {
    const parsed = PORTS[CHECK_PORT].request.safeParse(raw);
    if (started || !parsed.success) {
      post({
        type: CHECK_PORT_MESSAGES.refused,
        problem: { code: 'bad-request', raw: started ? 'one check per connection' : parsed.error!.issues.map((i) => i.message).join('; ') },
      });
      return;
    }
    started = true;
    void (async () => {
      const start = await startConnectionCheck(parsed.data.schoolId, {
        signal: controller.signal,
        onStep: (step) => post({ type: CHECK_PORT_MESSAGES.step, step }),
      });
      if (!start.ok) return post({ type: CHECK_PORT_MESSAGES.refused, problem: start.problem });
      const report = await start.report;
      if (!controller.signal.aborted) post({ type: CHECK_PORT_MESSAGES.done, report });
    })().catch((error: unknown) =>
      post({
        type: CHECK_PORT_MESSAGES.refused,
        problem: { code: 'unknown', raw: error instanceof Error ? error.message : String(error) },
      }),
    );
  });
}
