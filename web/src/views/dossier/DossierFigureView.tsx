// The figure cut to the dossier's subject as SVG: vector names that stay sharp on paper and are text in the PDF.
import { useMemo } from 'react';
import { CY_FONT_FAMILY, FIG_FONT_PX, canvasMeasure } from '../../core/cy/label-fit';
import { isRound, shapePoints } from '../../core/cy/shape-icons';
import { dossierFigure, figureModel } from '../../core/dossier/dossier-figure';
import type { DossierData } from '../../core/dossier/dossier-types';
import { namedIn } from '../../core/cy/figure-names';
import type { Lang, Translate } from '../../core/i18n/i18n';

const FONT = `${FIG_FONT_PX}px ${CY_FONT_FAMILY}`;
const SHADES = ['#ffffff', '#f4f6f8', '#eef3f7'];

function Marker({ x, y, shape, color, big }: { x: number; y: number; shape: string; color: string; big: boolean }) {
  const size = big ? 12 : 8;
  const points = shapePoints(shape);
  if (!points) return <circle cx={x} cy={y} r={size / 2} fill={color} />;
  return (
    <polygon
      points={points}
      fill={color}
      stroke={color}
      strokeLinejoin={isRound(shape) ? 'round' : 'miter'}
      transform={`translate(${x - size / 2},${y - size / 2}) scale(${size / 12})`}
    />
  );
}

export function DossierFigureView({ data, lang, t }: { data: DossierData; lang: Lang; t: Translate }) {
  // Named as the explorer's figure names them in `lang` (English names where the sources give one).
  const figure = useMemo(
    () => dossierFigure(namedIn(figureModel(data), lang), data.subject.id, t, canvasMeasure(FONT)),
    [data, lang, t],
  );
  const { x, y, w, h } = figure;
  return (
    <svg
      className="dossier-figure"
      viewBox={`${x} ${y} ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={t('dossier.figure')}
      fontFamily={CY_FONT_FAMILY}
      data-testid="dossier-figure"
    >
      {figure.boxes
        .filter((b) => b.kind !== 'lane')
        .map((b) => (
          <g key={b.id}>
            <rect
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              fill={SHADES[b.shade % SHADES.length]}
              stroke="#cfd8dc"
              strokeWidth={0.6}
            />
            <text x={b.x + 8} y={b.y + 18} fontSize={b.kind === 'row' ? 15 : 11} fontWeight="bold" fill="#37474f">
              {b.title[0]}
            </text>
          </g>
        ))}
      {figure.boxes
        .filter((b) => b.kind === 'lane')
        .map((b) => (
          <g key={b.id}>
            <rect
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              fill="none"
              stroke="#90a4ae"
              strokeWidth={0.6}
              strokeDasharray="3 2"
            />
            <text x={b.x + 4} y={b.y + 11} fontSize={9.5} fill="#455a64">
              {b.title.slice(0, 3).map((line, i) => (
                <tspan key={i} x={b.x + 4} dy={i === 0 ? 0 : 11}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      {figure.links.map((l) => (
        <line key={l.id} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke="#b0bec5" strokeWidth={1} />
      ))}
      {figure.names.map((n) => (
        <g key={n.id} className={n.subject ? 'subject' : undefined} data-node-id={n.id}>
          <title>{n.full}</title>
          <Marker x={n.x} y={n.y} shape={n.shape} color={n.color} big={n.subject} />
          <text
            x={n.x + (n.subject ? 9 : 7)}
            y={n.y - ((n.lines.length - 1) * 14) / 2}
            dominantBaseline="central"
            fontSize={FIG_FONT_PX}
            fontWeight={n.subject || n.label === 'Mission' ? 'bold' : 'normal'}
            fill="#212121"
          >
            {n.lines.map((line, i) => (
              <tspan key={i} x={n.x + (n.subject ? 9 : 7)} dy={i === 0 ? 0 : 14}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}
