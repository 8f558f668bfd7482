import '@/utils/zod-jitless'; // first: before any module builds a zod schema
import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { startPage } from '@/components/start-page';
import '@/components/popup/popup.css';

void startPage((lang, settings) => render(<PopupApp lang={lang} settings={settings} />, document.getElementById('app')!));
