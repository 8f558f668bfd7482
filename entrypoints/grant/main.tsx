import '@/utils/zod-jitless'; // first: before any module builds a zod schema
import { render } from 'preact';
import { GrantAccess } from '@/components/grant/GrantAccess';
import { startPage } from '@/components/start-page';
import '@/components/popup/popup.css';

void startPage((lang) =>
  render(<GrantAccess lang={lang} requested={new URLSearchParams(location.search).get('origin') ?? ''} />, document.getElementById('app')!),
);
