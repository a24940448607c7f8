// Global keys: "/" focuses search, "e" (or Enter on the canvas) expands the selection, Escape clears it, + - 0 zoom.
import { useEffect, useRef } from 'react';
import type { ZoomKind } from '../core/zoom/zoom';

// "=" is "+" without shift on US and Dutch keyboards; both zoom in, as in map views and browsers.
const ZOOM_KEYS: Record<string, ZoomKind> = { '+': 'in', '=': 'in', '-': 'out', _: 'out', '0': 'fit' };

interface Options {
  selected: string[];
  onExpand: (id: string) => void;
  onClear: () => void;
  /** Zoom the graph; null where no graph is shown. */
  onZoom: ((kind: ZoomKind) => void) | null;
}

export function useKeyboard(options: Options): void {
  const ref = useRef(options);
  ref.current = options;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, select, textarea, [contenteditable]') || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/') {
        e.preventDefault();
        document.getElementById('main-search')?.focus();
      } else if ((e.key === 'e' || e.key === 'E') && ref.current.selected[0]) {
        ref.current.onExpand(ref.current.selected[0]);
      } else if (e.key === 'Escape') {
        ref.current.onClear();
      } else if (ZOOM_KEYS[e.key] && ref.current.onZoom) {
        e.preventDefault();
        ref.current.onZoom(ZOOM_KEYS[e.key]!);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
