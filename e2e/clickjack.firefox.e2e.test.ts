/**
 * Clickjacking and keyjacking in Firefox ESR (issue 20): the attacks and their positive controls
 * are in ./harness/clickjack.ts. Firefox has no IntersectionObserver v2: the guard's own style
 * checks, hit testing and its scan for pass-through overlays stand alone here.
 */
import { launchFirefox } from './harness';
import { clickjackSuite } from './harness/clickjack';

clickjackSuite(() => launchFirefox({ lang: 'ru' }));
