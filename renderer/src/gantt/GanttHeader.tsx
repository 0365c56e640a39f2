/** The time header over the chart: two tiers of calendar periods for the days on screen, and today's tag. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayX, visibleDays, type TimeView, type Viewport } from './geometry';
import { estimateLabelWidth, labelPlacement, periodLabel, periodsBetween, tiersFor, type Period } from './timeScale';

interface Props {
  time: TimeView;
  scrollLeft: number;
  width: number;
  today: number;
}

/** Today's tag, as wide as its text; labels keep clear of it. */
const TAG_HALF = 20;

function Tier({ periods, time, viewport, lang, upper, tag }: { periods: Period[]; time: TimeView; viewport: Viewport; lang: 'zh' | 'en'; upper: boolean; tag?: readonly [number, number] | undefined }) {
  return (
    <div className={upper ? 'gantt-tier gantt-tier-upper' : 'gantt-tier'}>
      {periods.map((p) => {
        const left = dayX(p.start, time) - viewport.scrollLeft;
        const width = (p.end - p.start) * time.pxPerDay;
        const label = periodLabel(p, lang, !upper || width < 90);
        const place = labelPlacement(left, width, estimateLabelWidth(label), tag);
        return (
          <div key={p.start} className="gantt-cell" style={{ left, width }} title={periodLabel(p, lang, false)}>
            {place.visible && <span style={place.offset ? { marginLeft: place.offset } : undefined}>{label}</span>}
          </div>
        );
      })}
    </div>
  );
}

/** Memoised on the horizontal window: scrolling down does not touch the header. */
export const GanttHeader = memo(function GanttHeader({ time, scrollLeft, width, today }: Props) {
  const viewport: Viewport = { scrollLeft, width, scrollTop: 0, height: 0 };
  const { t, i18n } = useTranslation('gantt');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const { from, to } = visibleDays(viewport, time);
  const tiers = tiersFor(time.pxPerDay);
  const todayLeft = dayX(today, time) + time.pxPerDay / 2 - viewport.scrollLeft;
  const showTag = todayLeft >= 0 && todayLeft <= viewport.width;
  const tag = showTag ? ([todayLeft - TAG_HALF, todayLeft + TAG_HALF] as const) : undefined;
  return (
    <div className="gantt-header" style={{ width: viewport.width }} aria-hidden="true">
      <Tier periods={periodsBetween(tiers.upper, from, to)} time={time} viewport={viewport} lang={lang} upper tag={tag} />
      <Tier periods={periodsBetween(tiers.lower, from, to)} time={time} viewport={viewport} lang={lang} upper={false} />
      {showTag && (
        <div className="gantt-today-tag" style={{ left: todayLeft }}>{t('legend.today')}</div>
      )}
    </div>
  );
});
