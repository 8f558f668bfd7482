import '@/utils/zod-jitless'; // first: before any module builds a zod schema
import { render } from 'preact';
import { readOpening } from '@/components/popup/opening';
import { PopupApp } from '@/components/popup/PopupApp';
import { startPage } from '@/components/start-page';
import '@/components/popup/popup.css';

// The tab and the saved schools are asked now, beside the settings, not after them.
const opening = readOpening();
void startPage((lang, settings) => render(<PopupApp lang={lang} settings={settings} opening={opening} />, document.getElementById('app')!));
