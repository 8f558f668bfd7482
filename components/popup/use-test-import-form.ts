import { useState } from 'preact/hooks';
import { blankImportForm, importFormOf, importInputOf, type ImportForm } from '@/components/shared/import-form';
import { checkImport, importRisks, isMailDomain, isTestEmail, readDealCost, testEmail, type ImportEndpoint } from '@/utils/import-params';
import { previewImport } from '@/utils/import-preview';
import { UI_TO_BG } from '@/utils/message-names';
import type { SchoolView } from '@/utils/messages';
import { sendToBackground } from '@/components/shared/send';

/** A failed import from the history, loaded back into the form (`id` remounts the form). */
export interface ImportDraft {
  id: string;
  endpoint: ImportEndpoint;
  params: unknown;
}

/** What the form's views draw and call: see `useTestImportForm`. */
export type TestImportForm = ReturnType<typeof useTestImportForm>;

/**
 * The test import's form as state and transitions (no JSX): what is typed, the kind of import, the
 * risks ticked, the domain of test addresses; and what follows from them on every render: the same
 * zod check the background runs, the risks still to confirm, the request preview.
 */
export function useTestImportForm({
  school,
  draft,
  testDomain,
  onTestDomain,
}: {
  school: SchoolView;
  draft: ImportDraft | null;
  testDomain: string;
  onTestDomain: (domain: string) => void;
}) {
  const [endpoint, setEndpoint] = useState<ImportEndpoint>(draft?.endpoint ?? 'users');
  // A fresh form takes the saved domain; a draft from the history keeps its own address.
  const [form, setForm] = useState<ImportForm>(() => (draft ? importFormOf(draft.params) : blankImportForm(testEmail(testDomain))));
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const domain = useTestDomain(testDomain, onTestDomain);

  const set = (name: keyof ImportForm) => (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    setForm({ ...form, [name]: input.type === 'checkbox' ? input.checked : input.value });
  };
  // Another kind of import names other risks: the ticks given for the first one do not carry over.
  const chooseEndpoint = (kind: ImportEndpoint) => (setEndpoint(kind), setConfirmed([]));
  const confirm = (code: string, ticked: boolean) => setConfirmed(ticked ? [...confirmed, code] : confirmed.filter((c) => c !== code));
  const newAddress = () => domain.newAddress((email) => setForm({ ...form, email }));

  const input = importInputOf(endpoint, form);
  const checked = checkImport(endpoint, input);
  const risks = checked.ok ? importRisks(checked.params, { emailIsTest: isTestEmail(form.email) }) : [];
  const issuesFor = (field: string) =>
    checked.ok ? [] : checked.issues.filter((issue) => issue.field === field || issue.field.startsWith(`${field}.`));
  const preview = checked.ok
    ? previewImport({ origin: school.origin, endpoint, params: checked.params }, { maskedKey: school.maskedKey ?? '' })
    : null;
  return {
    endpoint,
    chooseEndpoint,
    form,
    set,
    domain,
    newAddress,
    confirmed,
    confirm,
    input,
    ready: checked.ok && risks.every((risk) => confirmed.includes(risk.code)),
    risks,
    issuesFor,
    cost: endpoint === 'deals' && form.cost.trim() ? readDealCost(form.cost) : null,
    preview,
  };
}

/** The domain of test addresses: typed freely, judged only on "New test address", saved once used. */
function useTestDomain(testDomain: string, onTestDomain: (domain: string) => void) {
  const [value, setValue] = useState(testDomain);
  const [judged, setJudged] = useState(false);

  /** "New test address": a fresh stamp on the chosen domain, which is remembered for next time. */
  const newAddress = async (putEmail: (email: string) => void) => {
    setJudged(true);
    if (!isMailDomain(value)) return;
    putEmail(testEmail(value));
    const current = await sendToBackground({ type: UI_TO_BG.getSettings });
    if (!current.ok) return;
    const saved = await sendToBackground({ type: UI_TO_BG.saveSettings, settings: { ...current.settings, testDomain: value } });
    if (saved.ok) onTestDomain(saved.settings.testDomain);
  };
  return {
    value,
    type: (typed: string) => (setValue(typed), setJudged(false)),
    invalid: judged && !isMailDomain(value),
    newAddress,
  };
}
