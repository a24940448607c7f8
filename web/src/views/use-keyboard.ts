// Global keys: "/" focuses search, "e" (or Enter on the canvas) expands the selection, Escape clears it.
import { useEffect, useRef } from 'react';

interface Options {
  selected: string[];
  onExpand: (id: string) => void;
  onClear: () => void;
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
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
