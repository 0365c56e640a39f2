/** The ECharts parts the Gantt draws with: a custom series on canvas and the tooltip, registered once. */
import * as echarts from 'echarts/core';
import { CustomChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { CustomSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

echarts.use([CustomChart, TooltipComponent, CanvasRenderer]);

export type GanttChartOption = ComposeOption<CustomSeriesOption | TooltipComponentOption>;
export type { CustomSeriesRenderItem, CustomSeriesRenderItemReturn } from 'echarts';

export { echarts };
