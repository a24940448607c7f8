// Mission × dimension heatmap (d3 scales, React-rendered SVG); clicking a cell selects its members in the graph.
import { interpolateOranges, scaleBand, scaleSequential } from 'd3';
import type { Dimension } from '@kies/schema';
import { useQuery } from '../core/api/use-query';
import { CoverageDocument, coverageCells, DIMENSION_LABEL, wrapLabel, type MatrixCell } from '../core/matrix/coverage';
import { labelName, type Lang, type Translate } from '../core/i18n/i18n';
import { displayName } from '../core/texts/node-names';

interface Props {
  lang: Lang;
  t: Translate;
  onCell: (cell: MatrixCell) => void;
}

export function MatrixView({ lang, t, onCell }: Props) {
  const query = useQuery(CoverageDocument, {});
  const data = query.data?.missionCoverage ?? null;
  const error = query.error?.message ?? null;

  if (error)
    return (
      <div className="state error" role="alert">
        {t('error.title')}: {error} <button onClick={query.refetch}>{t('error.retry')}</button>
      </div>
    );
  if (!data)
    return (
      <div className="state" aria-busy="true">
        {t('loading')}
      </div>
    );
  const cells = coverageCells(data, lang);
  // Sized to fit beside the side panel at 1440 px: row names wrap onto up to three lines, headers are turned 50°
  // (they reach up more than right), and the right margin leaves room for the last header.
  const rowLines = data.rows.map((r) => wrapLabel(displayName(r.mission, lang), 26));
  const left = 190;
  const top = 110;
  const cw = 76;
  const ch = Math.max(52, 16 * Math.max(...rowLines.map((l) => l.length)) + 8);
  const right = 90;
  const x = scaleBand<number>()
    .domain(data.dimensions.map((_, i) => i))
    .range([left, left + cw * data.dimensions.length])
    .padding(0.06);
  const y = scaleBand<number>()
    .domain(data.rows.map((_, i) => i))
    .range([top, top + ch * data.rows.length])
    .padding(0.06);
  const max = Math.max(1, ...cells.map((c) => c.count));
  const colour = scaleSequential(interpolateOranges).domain([0, max]);
  const dimName = (d: Dimension) => labelName(lang, DIMENSION_LABEL[d]);
  return (
    <section className="matrix" aria-labelledby="matrix-h">
      <h2 id="matrix-h">{t('matrix.title')}</h2>
      <p className="muted">{t('matrix.hint')}</p>
      <svg
        width={left + cw * data.dimensions.length + right}
        height={top + ch * data.rows.length + 20}
        viewBox={`0 0 ${left + cw * data.dimensions.length + right} ${top + ch * data.rows.length + 20}`}
        role="grid"
        data-testid="matrix"
      >
        {data.dimensions.map((d, i) => (
          <text
            key={d}
            transform={`translate(${x(i)! + x.bandwidth() / 2},${top - 8}) rotate(-50)`}
            className="axis col-head"
          >
            {dimName(d)}
          </text>
        ))}
        {data.rows.map((r, i) => (
          <text
            key={r.mission.id}
            x={left - 8}
            y={y(i)! + y.bandwidth() / 2 - ((rowLines[i]!.length - 1) * 16) / 2}
            textAnchor="end"
            dominantBaseline="middle"
            className="axis row-head"
          >
            {rowLines[i]!.map((line, j) => (
              <tspan key={j} x={left - 8} dy={j === 0 ? 0 : 16}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        {cells.map((c) => {
          const label = t('matrix.cell', { mission: c.missionName, dimension: dimName(c.dimension), count: c.count });
          return (
            <g
              key={`${c.missionId}-${c.dimension}`}
              role="gridcell"
              tabIndex={0}
              aria-label={label}
              className="cell"
              data-mission={c.missionId}
              data-dimension={c.dimension}
              onClick={() => onCell(c)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onCell(c)}
            >
              <title>{label}</title>
              <rect
                x={x(c.col)}
                y={y(c.row)}
                width={x.bandwidth()}
                height={y.bandwidth()}
                fill={c.count === 0 ? '#f5f5f5' : colour(c.count)}
                stroke={c.count === 0 ? '#e53935' : 'none'}
                strokeDasharray="3 2"
              />
              <text
                x={x(c.col)! + x.bandwidth() / 2}
                y={y(c.row)! + y.bandwidth() / 2}
                textAnchor="middle"
                dominantBaseline="middle"
                className={c.count > max * 0.6 ? 'count light' : 'count'}
              >
                {c.count}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
