/** Shared by the e2e suites and the sandbox tests: live objects behind stand-ins made at file load. */

/** An object that forwards every property to what `get()` returns at the time of use. */
export function forwardTo<T extends object>(get: () => T | undefined, name: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      const live = get();
      if (!live) throw new Error(`${name} is used before beforeAll made it`);
      const value = Reflect.get(live, property, live);
      return typeof value === 'function' ? value.bind(live) : value;
    },
  });
}
