// A small line of percentages over TW I–IV drawn as SVG (no chart library on the unit page). An
// empty quarter is a gap, never a 0; the 100% line is drawn for reference. The numbers are always
// in the table beside it: the line only repeats them for the eye (aria-hidden unless labelled).
import { quarters } from '../../../../domain/period';

type Points = ReadonlyArray<number | null>;

export function TrendLine(props: { values: Points; width?: number; height?: number; label?: string }) {
  const width = props.width ?? 120;
  const height = props.height ?? 36;
  const pad = 4;
  // The scale spans the values and the 100% line with some room, not 0–max: a line that runs from
  // 96 to 99% should show its direction, not lie flat at the top.
  const filled = props.values.filter((v): v is number => v !== null);
  const bottom = Math.max(0, Math.min(100, ...filled) - 20);
  const top = Math.max(100, ...filled) + 10;
  const x = (i: number) => pad + (i * (width - 2 * pad)) / (quarters.length - 1);
  const y = (v: number) => height - pad - ((Math.max(bottom, v) - bottom) / (top - bottom)) * (height - 2 * pad);
  // Segments join neighbouring quarters that both have a value.
  const segments: string[] = [];
  props.values.forEach((v, i) => {
    const next = props.values[i + 1];
    if (v !== null && next !== null && next !== undefined) segments.push(`M${x(i)},${y(v)}L${x(i + 1)},${y(next)}`);
  });
  const labelled = props.label !== undefined;
  return (
    <svg
      className="trend-line"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      {...(labelled ? { role: 'img', 'aria-label': props.label } : { 'aria-hidden': true })}
    >
      <line className="trend-line__reference" x1={pad} x2={width - pad} y1={y(100)} y2={y(100)} />
      {segments.length > 0 && <path className="trend-line__path" d={segments.join('')} />}
      {props.values.map((v, i) => (v === null ? null : <circle key={i} className="trend-line__point" cx={x(i)} cy={y(v)} r={2.5} />))}
    </svg>
  );
}
