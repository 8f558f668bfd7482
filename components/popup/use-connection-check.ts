/**
 * Runs "Check connection" over the background's port: steps arrive one by one; closing the popup
 * closes the port, which cancels the check. A port that drops before the report (the worker
 * restarted) is said, not hidden.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CheckReport, StepResult } from '@/utils/connection-check';
import { CHECK_PORT, CHECK_PORT_MESSAGES } from '@/utils/message-names';
import type { PortReplyOf, PortRequestOf } from '@/utils/contract';
import type { Problem } from '@/utils/problem';

export type CheckState =
  | { phase: 'idle' }
  | { phase: 'running'; steps: StepResult[] }
  /** `stored`: the last check, read back when the popup opened (not one just run) */
  | { phase: 'done'; report: CheckReport; stored?: boolean }
  | { phase: 'refused'; problem: Problem }
  | { phase: 'interrupted'; steps: StepResult[] };

export function useConnectionCheck(schoolId: string | null, initial: CheckReport | null) {
  const [state, setState] = useState<CheckState>(initial ? { phase: 'done', report: initial, stored: true } : { phase: 'idle' });
  const port = useRef<ReturnType<typeof browser.runtime.connect> | null>(null);

  useEffect(() => {
    setState(initial ? { phase: 'done', report: initial, stored: true } : { phase: 'idle' });
  }, [schoolId, initial]);
  useEffect(() => () => port.current?.disconnect(), []);

  const run = () => {
    if (!schoolId || state.phase === 'running') return;
    port.current?.disconnect();
    const connection = browser.runtime.connect({ name: CHECK_PORT });
    // oxlint-disable-next-line react/immutability -- a ref written in the click handler, never while rendering
    port.current = connection;
    const steps: StepResult[] = [];
    let finished = false;
    setState({ phase: 'running', steps: [] });
    connection.onMessage.addListener((raw: unknown) => {
      const message = raw as PortReplyOf<typeof CHECK_PORT>;
      if (message.type === CHECK_PORT_MESSAGES.step) {
        steps.push(message.step);
        setState({ phase: 'running', steps: [...steps] });
      } else if (message.type === CHECK_PORT_MESSAGES.done) {
        finished = true;
        setState({ phase: 'done', report: message.report });
        connection.disconnect();
      } else if (message.type === CHECK_PORT_MESSAGES.refused) {
        finished = true;
        setState({ phase: 'refused', problem: message.problem });
        connection.disconnect();
      }
    });
    connection.onDisconnect.addListener(() => {
      if (!finished) setState({ phase: 'interrupted', steps: [...steps] });
    });
    const start: PortRequestOf<typeof CHECK_PORT> = { type: CHECK_PORT_MESSAGES.startCheck, schoolId };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a runtime port, not a window: it has no origin
    connection.postMessage(start);
  };

  return { state, run };
}
