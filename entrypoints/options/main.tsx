import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { startPage } from '@/components/start-page';
import '@/components/popup/popup.css';

void startPage((lang, settings) => render(<OptionsApp lang={lang} initial={settings} />, document.getElementById('app')!));
