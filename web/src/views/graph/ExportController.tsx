// Renders nothing: turns the toolbar's export requests (PNG, SVG of the whole graph) into files from the drawn graph.
import { useEffect, useEffectEvent } from 'react';
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
  // An effect event: it reads the current instance and view name, but only a new command runs it (a view name
  // changing does not repeat the last export).
  const exportFile = useEffectEvent((command: ExportCommand) => {
    if (!cy) return;
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
  });
  useEffect(() => {
    if (command) exportFile(command);
  }, [command]);
  return null;
}
