// Screens and panels the first KIES view does not need: in their own chunks, fetched once the figure is drawn.
import { Component, createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/** A chunk that fails to load (the server was updated meanwhile) costs that panel, not the whole page. */
class ChunkBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A component loaded on first use, with its own (empty) Suspense boundary so nothing around it blinks. Once its
 * chunk is in, it renders at once; the implementation is chosen at mount and kept, so it never remounts.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = () => (pending ??= load().then((c) => (loaded = c)));
  loaders.push(get);
  const Lazy = lazy(() => get().then((c) => ({ default: c }))) as unknown as ComponentType<P>;
  const Suspended = (props: P) =>
    createElement(ChunkBoundary, null, createElement(Suspense, { fallback: null }, createElement(Lazy, props)));
  return function Deferred(props: P) {
    const [Impl] = useState<ComponentType<P>>(() => loaded ?? Suspended);
    return createElement(Impl, props);
  };
}

let prefetched = false;

/** Fetches every deferred chunk when the browser is idle (after the first figure), so later clicks do not wait. */
export function prefetchDeferred(): void {
  if (prefetched) return;
  prefetched = true;
  const run = () => loaders.forEach((load) => void load().catch(() => undefined));
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
