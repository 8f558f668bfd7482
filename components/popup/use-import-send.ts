import { useState } from 'preact/hooks';
import { createT, type Lang } from '@/components/shared/i18n';
import type { ImportEndpoint } from '@/utils/import-params';
import { UI_TO_BG } from '@/utils/message-names';
import type { SchoolView, TestImportReply } from '@/utils/messages';
import { sendToBackground } from '@/components/shared/send';

/**
 * Sending the test import and copying its curl with the real key: whether a send is under way,
 * GetCourse's answer, and what the copy did.
 */
export function useImportSend({
  lang,
  school,
  endpoint,
  input,
  confirmed,
  ready,
  onSent,
}: {
  lang: Lang;
  school: SchoolView;
  endpoint: ImportEndpoint;
  input: unknown;
  confirmed: string[];
  /** the form passes its check and every risk it names is ticked */
  ready: boolean;
  onSent: () => void;
}) {
  const t = createT(lang);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestImportReply | null>(null);
  const [copyStatus, setCopyStatus] = useState('');

  const send = async () => {
    if (!ready || busy) return;
    setBusy(true);
    setResult(null);
    const reply = await sendToBackground({
      type: UI_TO_BG.testImport,
      schoolId: school.id,
      endpoint,
      params: input,
      confirmedRisks: confirmed,
    });
    setResult(reply);
    setBusy(false);
    onSent();
  };

  /** The real key reaches this page only for this click, goes to the clipboard and is not kept. */
  const copyWithKey = async () => {
    setCopyStatus('');
    const reply = await sendToBackground({ type: UI_TO_BG.importCurlWithKey, schoolId: school.id, endpoint, params: input });
    try {
      if (!reply.ok) throw new Error(reply.problem.code);
      await navigator.clipboard.writeText(reply.curl);
      setCopyStatus(t('testImport.copiedWithKey'));
    } catch {
      setCopyStatus(t('popup.copyFailed'));
    }
  };

  return { busy, result, send, copyStatus, copyWithKey };
}
