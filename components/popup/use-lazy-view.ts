import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view in its own chunk, loaded once `wanted` turns true (after the first paint): null until it
 * arrives. The popup draws its school and first section without the test import's form, and the
 * zod it validates with, then loads them while the admin reads (scripts/bench-popup.mjs).
 */
export function useLazyView<P>(load: () => Promise<ComponentType<P>>, wanted: boolean): ComponentType<P> | null {
  const [view, setView] = useState<{ component: ComponentType<P> } | null>(null);
  // `load` is a module-level import function, so it never changes: the view is asked for once.
  useEffect(() => {
    if (wanted && !view) void load().then((component) => setView({ component }));
  }, [wanted, view, load]);
  return view?.component ?? null;
}
