import { DETECTOR_EXAMPLES, DETECTORS, NOT_ADMIN_EXAMPLES, detectPage } from '@/utils/page-detect';

describe('page detectors (fact sheet C.2)', () => {
  for (const detector of DETECTORS) {
    for (const example of DETECTOR_EXAMPLES[detector.kind]) {
      it(`${detector.kind} accepts ${example} and no other detector does`, () => {
        const url = new URL(example);
        const accepting = DETECTORS.filter((d) => d.test(url)).map((d) => d.kind);
        expect(accepting).toEqual([detector.kind]);
        expect(detectPage(example)).toBe(detector.kind);
      });
    }
  }

  it('every page kind has examples', () => {
    for (const detector of DETECTORS) expect(DETECTOR_EXAMPLES[detector.kind].length).toBeGreaterThan(0);
  });

  it.each(NOT_ADMIN_EXAMPLES)('no detector accepts %s', (example) => {
    expect(detectPage(example)).toBeNull();
  });

  it('ignores trailing slashes and rejects non-URLs', () => {
    expect(detectPage('https://school.getcourse.ru/pl/sales/offer/index/')).toBe('offers-list');
    expect(detectPage('not a url')).toBeNull();
    expect(detectPage('javascript:alert(1)')).toBeNull();
  });
});
