// @vitest-environment node
/**
 * The intent guard's decisions (entrypoints/content/ui/intent-rules.ts) on records as getComputedStyle and the
 * events give them: what a hostile page would set, and what an honest GetCourse page shows
 * (Bootstrap 3's modal at the end of its fade).
 */
import {
  boxProblem,
  chainOpacity,
  chainProblem,
  focusOriginFromTab,
  isPlainTransform,
  KEY_ACTIVATION_MS,
  keyActivationProblem,
  MIN_CHAIN_OPACITY,
  MIN_VISIBLE_MS,
  nextKeyState,
  nextVisibleSince,
  NO_KEY_STATE,
  paints,
  pointInside,
  visibleLongEnough,
  type KeyState,
  type StyleRecord,
} from '@/entrypoints/content/ui/intent-rules';

const plain: StyleRecord = {
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  filter: 'none',
  clipPath: 'none',
  clip: 'auto',
  maskImage: 'none',
  webkitMaskImage: 'none',
  transform: 'none',
  scale: 'none',
  rotate: 'none',
  mixBlendMode: 'normal',
  contentVisibility: 'visible',
};
const with_ = (change: Partial<StyleRecord>): StyleRecord => ({ ...plain, ...change });
/** control, its view, our host, a Bootstrap modal at the end of its fade, body, html */
const honestChain = () => [
  with_({ display: 'inline-block' }),
  plain,
  with_({ display: 'inline' }),
  with_({ opacity: '1', transform: 'matrix(1, 0, 0, 1, 0, 0)' }),
  plain,
  plain,
];

describe('the chain of the control up to html', () => {
  it('an honest chain passes: Bootstrap modal faded in (opacity 1, translate(0,0))', () => {
    expect(chainProblem(honestChain())).toBeNull();
  });

  it('opacity is multiplied along the chain against the threshold', () => {
    expect(chainOpacity([with_({ opacity: '0.95' }), with_({ opacity: '0.95' })])).toBeCloseTo(0.9025);
    expect(chainProblem([with_({ opacity: '0.95' }), with_({ opacity: '0.95' })])).toBeNull();
    expect(chainProblem([with_({ opacity: '0.95' }), with_({ opacity: '0.94' })])).toBe('transparent');
    expect(chainProblem([plain, plain, with_({ opacity: '0.01' })])).toBe('transparent'); // <body> at 0.01
    expect(chainProblem([plain, with_({ opacity: String(MIN_CHAIN_OPACITY) })])).toBeNull();
    expect(chainOpacity([with_({ opacity: 'garbage' })])).toBe(0); // unreadable refuses
  });

  it('a modal still fading in (Bootstrap .fade without .in) is refused', () => {
    const chain = honestChain();
    chain[3] = with_({ opacity: '0.4', transform: 'matrix(1, 0, 0, 1, 0, -120)' });
    expect(chainProblem(chain)).toBe('transparent');
  });

  it.each<[string, Partial<StyleRecord>, number, string]>([
    ['display: none on html', { display: 'none' }, 5, 'not-rendered'],
    ['content-visibility: hidden on the host', { contentVisibility: 'hidden' }, 2, 'not-rendered'],
    ['visibility: hidden on the control', { visibility: 'hidden' }, 0, 'invisible'],
    ['visibility: collapse on the control', { visibility: 'collapse' }, 0, 'invisible'],
    ['filter on the host', { filter: 'opacity(0)' }, 2, 'filtered'],
    ['a harmless-looking filter on body', { filter: 'blur(0px)' }, 4, 'filtered'],
    ['clip-path on the view', { clipPath: 'inset(0px 0px 0px 99%)' }, 1, 'clipped'],
    ['clip on the host', { clip: 'rect(0px, 1px, 1px, 0px)' }, 2, 'clipped'],
    ['mask-image on body', { maskImage: 'linear-gradient(transparent, transparent)' }, 4, 'clipped'],
    ['-webkit-mask-image on html', { webkitMaskImage: 'linear-gradient(transparent, transparent)' }, 5, 'clipped'],
    ['a flip on the host', { transform: 'matrix(-1, 0, 0, 1, 0, 0)' }, 2, 'transformed'],
    ['a rotation on the modal', { transform: 'matrix(0, 1, -1, 0, 0, 0)' }, 3, 'transformed'],
    ['scale: 0.01 on the view', { scale: '0.01' }, 1, 'transformed'],
    ['rotate: 180deg on the control', { rotate: '180deg' }, 0, 'transformed'],
    ['mix-blend-mode on the host', { mixBlendMode: 'screen' }, 2, 'blended'],
  ])('%s: refused', (_name, change, at, problem) => {
    const chain = honestChain();
    chain[at] = { ...chain[at]!, ...change };
    expect(chainProblem(chain)).toBe(problem);
  });

  it('visibility: hidden on an ancestor alone is read on the control (a child may be visible again)', () => {
    const chain = honestChain();
    chain[4] = with_({ visibility: 'hidden' });
    expect(chainProblem(chain)).toBeNull(); // the control's own computed visibility is what is drawn
    chain[0] = with_({ visibility: 'hidden' });
    expect(chainProblem(chain)).toBe('invisible');
  });

  it('no chain at all (detached control) is refused', () => {
    expect(chainProblem([])).toBe('not-rendered');
  });
});

describe('transforms', () => {
  it('identity and translations are plain; scale, skew, flips and 3-D are not', () => {
    expect(isPlainTransform('none')).toBe(true);
    expect(isPlainTransform('matrix(1, 0, 0, 1, 0, -25)')).toBe(true);
    expect(isPlainTransform('matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 10, 20, 30, 1)')).toBe(true);
    expect(isPlainTransform('matrix(1, 0.5, 0, 1, 0, 0)')).toBe(false);
    expect(isPlainTransform('matrix(1, 0, 0, -1, 0, 0)')).toBe(false);
    expect(isPlainTransform('matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, -0.001, 0, 0, 0, 1)')).toBe(false); // perspective
    expect(isPlainTransform('matrix3d(1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1)')).toBe(false); // rotateX(90deg)
    expect(isPlainTransform('rotate(1turn)')).toBe(false); // not a computed form: refused
  });
});

describe('the box', () => {
  const viewport = { width: 1280, height: 800 };
  const layout = { width: 120, height: 22 };

  it('a control fully on screen at its laid-out size passes', () => {
    expect(boxProblem({ left: 100, top: 100, width: 120, height: 22 }, layout, viewport)).toBeNull();
  });

  it('too small, shrunk by a transform, or mostly off screen is refused', () => {
    expect(boxProblem({ left: 100, top: 100, width: 0, height: 0 }, layout, viewport)).toBe('too-small');
    expect(boxProblem({ left: 100, top: 100, width: 9, height: 22 }, { width: 9, height: 22 }, viewport)).toBe('too-small');
    expect(boxProblem({ left: 100, top: 100, width: 50, height: 10 }, layout, viewport)).toBe('transformed');
    expect(boxProblem({ left: -100, top: 100, width: 120, height: 22 }, layout, viewport)).toBe('off-screen');
    expect(boxProblem({ left: 100, top: 900, width: 120, height: 22 }, layout, viewport)).toBe('off-screen');
    expect(boxProblem({ left: 100, top: 789, width: 120, height: 22 }, layout, viewport)).toBeNull(); // half on screen
  });

  it('the pressed point must be on the control and in the window', () => {
    const box = { left: 100, top: 100, width: 120, height: 22 };
    expect(pointInside({ x: 150, y: 110 }, box, viewport)).toBe(true);
    expect(pointInside({ x: 99, y: 110 }, box, viewport)).toBe(false);
    expect(pointInside({ x: 150, y: 110 }, { ...box, left: -200 }, viewport)).toBe(false);
  });
});

describe('visible where it is, for long enough', () => {
  const box = { left: 10, top: 10, width: 100, height: 20 };

  it('counts from the first look that passed, and starts again after a failed look or a move', () => {
    let seen = { since: null as number | null, box: null as typeof box | null };
    seen = nextVisibleSince(seen, { ok: true, box, at: 1000 });
    seen = nextVisibleSince(seen, { ok: true, box: { ...box, top: 10.3 }, at: 1100 }); // sub-pixel: same place
    expect(seen.since).toBe(1000);
    expect(visibleLongEnough(seen.since, 1000 + MIN_VISIBLE_MS)).toBe(true);
    expect(visibleLongEnough(seen.since, 1000 + MIN_VISIBLE_MS - 1)).toBe(false);
    seen = nextVisibleSince(seen, { ok: true, box: { ...box, left: 13 }, at: 1600 }); // moved under the pointer
    expect(seen.since).toBe(1600);
    seen = nextVisibleSince(seen, { ok: false, box: null, at: 1700 });
    expect(seen.since).toBeNull();
    expect(visibleLongEnough(null, 1e9)).toBe(false);
  });
});

describe('overlays that take no pointer events', () => {
  const sheet = {
    visibility: 'visible',
    opacity: '1',
    backgroundColor: 'rgba(0, 0, 0, 0)',
    backgroundImage: 'none',
    boxShadow: 'none',
    borderWidths: ['0px', '0px', '0px', '0px'],
    hasOwnContent: false,
  };

  it('an empty transparent box paints nothing; background, image, shadow, border or content does', () => {
    expect(paints(sheet)).toBe(false);
    expect(paints({ ...sheet, backgroundColor: 'rgb(255, 255, 255)' })).toBe(true);
    expect(paints({ ...sheet, backgroundColor: 'rgba(255, 255, 255, 0.5)' })).toBe(true);
    expect(paints({ ...sheet, backgroundColor: 'transparent' })).toBe(false);
    expect(paints({ ...sheet, backgroundImage: 'url("x.png")' })).toBe(true);
    expect(paints({ ...sheet, boxShadow: 'rgb(255, 255, 255) 0px 0px 0px 9999px' })).toBe(true);
    expect(paints({ ...sheet, borderWidths: ['0px', '0px', '40px', '0px'] })).toBe(true);
    expect(paints({ ...sheet, hasOwnContent: true })).toBe(true);
    expect(paints({ ...sheet, hasOwnContent: true, visibility: 'hidden' })).toBe(false);
    expect(paints({ ...sheet, hasOwnContent: true, opacity: '0' })).toBe(false);
  });
});

describe('keys go where the admin put them', () => {
  const tab = (change: Partial<{ eventPhase: number; defaultPrevented: boolean; isTrusted: boolean }> = {}) => ({
    eventPhase: 0,
    defaultPrevented: false,
    isTrusted: true,
    ...change,
  });

  it("the browser's Tab move is the admin's; a focus() during the Tab's dispatch, after a prevented Tab, or with no Tab is the page's", () => {
    expect(focusOriginFromTab(tab())).toBe('admin');
    expect(focusOriginFromTab(tab({ eventPhase: 1 }))).toBe('page'); // a capture listener calling focus()
    expect(focusOriginFromTab(tab({ eventPhase: 3 }))).toBe('page');
    expect(focusOriginFromTab(tab({ defaultPrevented: true }))).toBe('page');
    expect(focusOriginFromTab(tab({ isTrusted: false }))).toBe('page');
    expect(focusOriginFromTab(null)).toBe('page'); // focus() in a later task
  });

  const run = (steps: Parameters<typeof nextKeyState>[1][]): KeyState => steps.reduce(nextKeyState, NO_KEY_STATE);

  it('admin focus, then Enter received by the control: the activation counts, for a while', () => {
    const state = run([
      { type: 'focus', origin: 'admin' },
      { type: 'keydown', key: 'Enter', trusted: true, at: 100 },
    ]);
    expect(keyActivationProblem(state, 101)).toBeNull();
    expect(keyActivationProblem(state, 100 + KEY_ACTIVATION_MS + 1)).toBe('not-own-key');
    const space = run([
      { type: 'focus', origin: 'admin' },
      { type: 'keydown', key: ' ', trusted: true, at: 100 },
    ]);
    expect(keyActivationProblem(space, 300)).toBeNull(); // Space activates on keyup
  });

  it("focus moved by the page's focus(): the admin's Enter does not count", () => {
    const state = run([
      { type: 'focus', origin: 'page' },
      { type: 'keydown', key: 'Enter', trusted: true, at: 100 },
    ]);
    expect(keyActivationProblem(state, 101)).toBe('not-own-focus');
  });

  it('a keydown the control did not receive (focus moved to it on the keydown elsewhere) does not count', () => {
    expect(keyActivationProblem(run([{ type: 'focus', origin: 'page' }]), 101)).toBe('not-own-focus');
    expect(keyActivationProblem(run([{ type: 'focus', origin: 'admin' }]), 101)).toBe('not-own-key');
  });

  it('a blur forgets everything; an untrusted keydown changes nothing; another key disarms', () => {
    const armed: Parameters<typeof nextKeyState>[1][] = [
      { type: 'focus', origin: 'admin' },
      { type: 'keydown', key: 'Enter', trusted: true, at: 100 },
    ];
    expect(keyActivationProblem(run([...armed, { type: 'blur' }]), 101)).toBe('not-own-focus');
    expect(keyActivationProblem(run([...armed, { type: 'keydown', key: 'a', trusted: false, at: 100 }]), 101)).toBeNull();
    expect(keyActivationProblem(run([...armed, { type: 'keydown', key: 'a', trusted: true, at: 100 }]), 101)).toBe('not-own-key');
    expect(
      keyActivationProblem(
        run([
          { type: 'focus', origin: 'admin' },
          { type: 'keydown', key: 'Enter', trusted: false, at: 100 },
        ]),
        101,
      ),
    ).toBe('not-own-key');
  });
});
