/**
 * Runs "Check connection" over the background's port: steps arrive one by one; closing the popup
 * closes the port, which cancels the check. A port that drops before the report (the worker
 * restarted) is said, not hidden.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CheckReport, StepResult } from '@/utils/connection-check';
import { CHECK_PORT, CHECK_PORT_MESSAGES, type CheckPortMessage, type Problem } from '@/utils/messages';

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
    port.current = connection;
    const steps: StepResult[] = [];
    let finished = false;
    setState({ phase: 'running', steps: [] });
    connection.onMessage.addListener((raw: unknown) => {
      const message = raw as CheckPortMessage;
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
    connection.postMessage({ type: CHECK_PORT_MESSAGES.startCheck, schoolId });
  };

  return { state, run };
}
