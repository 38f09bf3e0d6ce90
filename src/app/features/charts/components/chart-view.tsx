import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartConfig, ChartData, ChartPoint } from '../../../../contract/charts.ts';
import { type ChartRow, chartRows, seriesOf, VALUE_KEY } from '../model/chart-rows.ts';
import { AXIS_COLOR, colorAt, GRID_COLOR } from './chart-palette.ts';

export interface ChartViewProps {
  data: ChartData;
  config: ChartConfig;
  /** A bar, slice or point was clicked: its X value and, for grouped charts, its series. */
  onSelect?: (x: ChartPoint['x'], group?: string | null) => void;
}

const tick = { fill: AXIS_COLOR, fontSize: 11 };
const seriesName = (series: string, config: ChartConfig) =>
  series === VALUE_KEY
    ? config.aggregation && config.aggregation !== 'count'
      ? `${config.aggregation} of ${config.yColumn}`
      : 'rows'
    : series;

/** The cartesian charts' shared parts: grid, axes, tooltip and, for several series, a legend. */
function frame(config: ChartConfig, series: string[]) {
  return [
    <CartesianGrid key="grid" stroke={GRID_COLOR} strokeDasharray="3 3" />,
    <XAxis key="x" dataKey="label" tick={tick} stroke={GRID_COLOR} interval="preserveStartEnd" />,
    <YAxis key="y" tick={tick} stroke={GRID_COLOR} width={48} />,
    <Tooltip key="tip" formatter={(value, name) => [value, seriesName(String(name), config)]} />,
    ...(series.length > 1 ? [<Legend key="legend" wrapperStyle={{ fontSize: 12 }} />] : []),
  ];
}

/** Draws one chart with recharts, by type; clicking a bar, slice or point reports what it stands for. */
export function ChartView({ data, config, onSelect }: ChartViewProps) {
  const rows = chartRows(data, config.dateBucket === 'month');
  const series = seriesOf(data);
  const pick = (row: ChartRow | undefined, group?: string) =>
    row && onSelect?.(row.x, group === VALUE_KEY ? undefined : group);
  const byIndex = (state: { activeTooltipIndex?: unknown }) => pick(rows[Number(state.activeTooltipIndex)]);
  const cursor = onSelect ? { cursor: 'pointer' } : {};
  let chart: React.ReactElement;
  switch (config.type) {
    case 'pie':
      chart = (
        <PieChart>
          <Pie
            data={rows}
            dataKey={VALUE_KEY}
            nameKey="label"
            outerRadius="80%"
            isAnimationActive={false}
            onClick={(_, index) => pick(rows[index])}
            style={cursor}
          >
            {rows.map((row, index) => (
              <Cell key={row.label} fill={colorAt(index)} />
            ))}
          </Pie>
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </PieChart>
      );
      break;
    case 'scatter':
      chart = (
        <ScatterChart>
          <CartesianGrid stroke={GRID_COLOR} strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type={data.xKind === 'number' ? 'number' : 'category'}
            name={config.xColumn}
            tick={tick}
            stroke={GRID_COLOR}
          />
          <YAxis
            dataKey={VALUE_KEY}
            type="number"
            name={config.yColumn ?? ''}
            tick={tick}
            stroke={GRID_COLOR}
            width={48}
          />
          <Tooltip cursor={{ strokeDasharray: '3 3' }} />
          <Scatter
            data={rows}
            fill={colorAt(0)}
            isAnimationActive={false}
            onClick={(point) => pick(point.payload as ChartRow)}
            style={cursor}
          />
        </ScatterChart>
      );
      break;
    case 'line':
      chart = (
        <LineChart data={rows} onClick={byIndex} style={cursor}>
          {frame(config, series)}
          {series.map((name, index) => (
            <Line
              key={name}
              dataKey={name}
              name={name}
              stroke={colorAt(index)}
              strokeWidth={2}
              dot={rows.length < 60}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      );
      break;
    case 'area':
      chart = (
        <AreaChart data={rows} onClick={byIndex} style={cursor}>
          {frame(config, series)}
          {series.map((name, index) => (
            <Area
              key={name}
              dataKey={name}
              name={name}
              stroke={colorAt(index)}
              fill={colorAt(index)}
              fillOpacity={0.25}
              stackId={series.length > 1 ? 'stack' : undefined}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      );
      break;
    default:
      chart = (
        <BarChart data={rows}>
          {frame(config, series)}
          {series.map((name, index) => (
            <Bar
              key={name}
              dataKey={name}
              name={name}
              fill={colorAt(index)}
              isAnimationActive={false}
              onClick={(bar) => pick(bar.payload as ChartRow, name)}
              style={cursor}
            />
          ))}
        </BarChart>
      );
  }
  return (
    <ResponsiveContainer width="100%" height="100%">
      {chart}
    </ResponsiveContainer>
  );
}
