import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { browserLang } from '@/utils/i18n';
import '@/components/popup/popup.css';

const lang = browserLang();
document.documentElement.lang = lang;
render(<PopupApp lang={lang} />, document.getElementById('app')!);
