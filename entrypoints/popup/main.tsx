import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { startPage } from '@/components/start-page';
import '@/components/popup/popup.css';

void startPage((lang) => render(<PopupApp lang={lang} />, document.getElementById('app')!));
