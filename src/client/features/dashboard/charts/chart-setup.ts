// The parts of Chart.js the dashboard draws with, registered once. Only this module imports
// chart.js, and it is loaded on demand (chart-canvas.tsx): the library stays out of the first load
// and the service worker precaches its chunk for offline use.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement,
  ScatterController, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip, Legend);

export { Chart };
export type { ChartConfiguration } from 'chart.js';
