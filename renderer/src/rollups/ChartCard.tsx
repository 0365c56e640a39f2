/** A titled card holding one ECharts chart: resizes with its box, reports clicks, saves itself as PNG. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { echarts, type ChartOption } from './echarts';

interface Props {
  title: string;
  option: ChartOption;
  /** Name of the saved PNG, without extension. */
  fileName: string;
  /** Called with the clicked item's name (a category or a slice). */
  onPick?: ((name: string) => void) | undefined;
  /**
   * Category names of a horizontal bar chart: a click anywhere on a category's band picks it, so the
   * target is the whole row, not only the bar (short bars are hard to hit).
   */
  bandCategories?: readonly string[] | undefined;
  empty?: boolean;
  className?: string;
}

export function ChartCard({ title, option, fileName, onPick, bandCategories, empty = false, className = '' }: Props) {
  const { t } = useTranslation('rollups');
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const bands = useRef(bandCategories);
  bands.current = bandCategories;

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (bands.current) return;
      if (typeof params.name === 'string' && params.name) pick.current?.(params.name);
    });
    instance.getZr().on('click', (event) => {
      const names = bands.current;
      const point = [event.offsetX, event.offsetY];
      if (!names || !instance.containPixel('grid', point)) return;
      // The grid converts a pixel to [value, category index]; the index is that of the band under it.
      const converted = instance.convertFromPixel({ gridIndex: 0 }, point);
      const index = Array.isArray(converted) ? Math.round(Number(converted[1])) : -1;
      const name = names[index];
      if (name) pick.current?.(name);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  const savePng = () => {
    const instance = chart.current;
    if (!instance) return;
    // A white background: the saved picture goes into documents and slides, not onto this page.
    const url = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.png`;
    link.click();
  };

  return (
    <section className={`chart-card ${className}`} aria-label={title}>
      <header className="card-head">
        <h2>{title}</h2>
        <button type="button" className="card-action" onClick={savePng} title={t('chart.exportTitle')} disabled={empty}>
          {t('chart.exportPng')}
        </button>
      </header>
      <div className="chart-body">
        <div ref={box} className="chart-canvas" role="img" aria-label={title} />
        {empty && <div className="chart-empty">{t('chart.empty')}</div>}
      </div>
    </section>
  );
}
