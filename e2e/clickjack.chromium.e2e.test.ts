/**
 * Clickjacking and keyjacking in Chromium (issue 20): the attacks and their positive controls are
 * in ./harness/clickjack.ts. Chromium judges visibility itself here (IntersectionObserver v2).
 */
import { launchChromium } from './harness';
import { clickjackSuite } from './harness/clickjack';

clickjackSuite(() => launchChromium({ lang: 'ru' }));
