import '@/utils/zod-jitless'; // first: before any module builds a zod schema
import { render } from 'preact';
import { PolicyView } from '@/components/PolicyView';
import { startPage } from '@/components/start-page';
import { readMarkdown } from '@/components/shared/markdown-lite';
import '@/components/popup/popup.css';
// The same files the stores get (docs/store/), so the policy shown here is the one published.
import policyRu from '@/docs/store/privacy-policy.ru.md?raw';
import policyEn from '@/docs/store/privacy-policy.en.md?raw';

void startPage((lang) => {
  document.title = lang === 'ru' ? 'Политика конфиденциальности' : 'Privacy policy';
  render(<PolicyView blocks={readMarkdown(lang === 'ru' ? policyRu : policyEn)} />, document.getElementById('app')!);
});
