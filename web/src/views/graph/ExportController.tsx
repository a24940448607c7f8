// Renders nothing: turns the toolbar's export requests (PNG, SVG of the whole graph) into files from the drawn graph.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { downloadBlob, exportFileName } from '../../core/export/download';
import { cySvg } from './svg-export';

/** One press of an export button; a new `seq` asks again. */
export interface ExportCommand {
  kind: 'png' | 'svg';
  seq: number;
}

interface Props {
  cy: Core | null;
  command: ExportCommand | null;
  /** The view the file is named after (kies-<view>-<date>.<ext>). */
  view: string;
}

export function ExportController({ cy, command, view }: Props): null {
  useEffect(() => {
    if (!cy || !command) return;
    void (async () => {
      if (command.kind === 'png') {
        const blob = await cy.png({
          output: 'blob-promise',
          full: true,
          bg: '#ffffff',
          maxWidth: 4000,
          maxHeight: 4000,
        });
        downloadBlob(exportFileName(view, 'png'), blob);
      } else {
        const text = await cySvg(cy, { full: true, bg: '#ffffff' });
        downloadBlob(exportFileName(view, 'svg'), new Blob([text], { type: 'image/svg+xml' }));
      }
    })();
    // Only a new command exports; the view name changing does not repeat the last one.
  }, [command]);
  return null;
}
