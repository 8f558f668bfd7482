import '@/utils/zod-jitless'; // first: before any module builds a zod schema
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { startPage } from '@/components/start-page';
import '@/components/popup/popup.css';

void startPage((lang, settings) => render(<OptionsApp lang={lang} initial={settings} />, document.getElementById('app')!));
