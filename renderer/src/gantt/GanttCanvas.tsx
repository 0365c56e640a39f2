/**
 * The Gantt's body on one ECharts canvas the size of the screen. It is given a scene (the bars of
 * the rows and days on screen) and redraws it; clicks and presses on bars go back to the board.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { BarItem, EdgeMark } from './barItems';
import { echarts } from './echarts';
import { sceneData, sceneOption, type Scene } from './sceneOption';

export interface GanttCanvasHandle {
  /** The body as drawn, for the PNG export. */
  canvas: (pixelRatio: number) => HTMLCanvasElement | null;
}

interface Props {
  scene: Scene;
  tooltip: (bar: BarItem) => string;
  edgeTip: (edge: EdgeMark) => string;
  onOpen: (bar: BarItem) => void;
  /** An empty row's edge arrow: bring its nearest node into view. */
  onEdge: (edge: EdgeMark) => void;
  onPress: (bar: BarItem, clientX: number) => void;
}

export const GanttCanvas = forwardRef<GanttCanvasHandle, Props>(function GanttCanvas({ scene, tooltip, edgeTip, onOpen, onEdge, onPress }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const current = useRef(scene);
  current.current = scene;
  const handlers = useRef({ tooltip, edgeTip, onOpen, onEdge, onPress });
  handlers.current = { tooltip, edgeTip, onOpen, onEdge, onPress };

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const instance = echarts.init(el, undefined, { renderer: 'canvas', width: current.current.width, height: current.current.height });
    chart.current = instance;
    instance.setOption(sceneOption(() => current.current, (bar) => handlers.current.tooltip(bar), (edge) => handlers.current.edgeTip(edge)));
    const barOf = (params: { seriesId?: string; dataIndex: number }) => (params.seriesId === 'bars' ? current.current.bars[params.dataIndex] : undefined);
    instance.on('click', (params) => {
      const edge = params.seriesId === 'edges' ? current.current.edges[params.dataIndex] : undefined;
      if (edge) handlers.current.onEdge(edge);
      const bar = barOf(params);
      if (bar && !current.current.editing) handlers.current.onOpen(bar);
    });
    instance.on('mousedown', (params) => {
      const bar = barOf(params);
      const event = params.event?.event;
      if (!bar || !current.current.editing || !event || !('clientX' in event)) return;
      instance.dispatchAction({ type: 'hideTip' });
      handlers.current.onPress(bar, event.clientX);
    });
    return () => {
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    if (instance.getWidth() !== scene.width || instance.getHeight() !== scene.height) instance.resize({ width: scene.width, height: scene.height });
    instance.setOption(sceneData(scene), { silent: true });
  }, [scene]);

  useImperativeHandle(ref, () => ({
    canvas: (pixelRatio) => chart.current?.getRenderedCanvas({ pixelRatio, backgroundColor: '#ffffff' }) ?? null,
  }), []);

  return <div ref={box} className="gantt-canvas" style={{ width: scene.width, height: scene.height }} />;
});
