/**
 * The secondary tools at the right end of the register's toolbar (视图, 列设置, 导出, 打印): shown
 * inline while the toolbar has room for them, folded into one 更多 menu when it has not, so the
 * toolbar stays one line at 1366×768 (and in English, and with the group fold links showing).
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Popover } from '../common/Popover';
import './layoutStrings';

/** Width the toolbar's items take side by side, the stretching spacer left out. */
function contentWidth(toolbar: HTMLElement): number {
  const items = [...toolbar.children].filter((el): el is HTMLElement => el instanceof HTMLElement && !el.classList.contains('toolbar-spacer'));
  const gap = parseFloat(getComputedStyle(toolbar).columnGap) || 0;
  return items.reduce((sum, el) => sum + el.offsetWidth, 0) + gap * Math.max(0, items.length - 1);
}

export function ToolbarOverflow({ children }: { children: ReactNode }) {
  const { t } = useTranslation('registerLayout');
  const box = useRef<HTMLDivElement>(null);
  const [folded, setFolded] = useState(false);
  // The tools' width when last shown inline: what unfolding them would need again.
  const inlineWidth = useRef(0);

  useLayoutEffect(() => {
    const toolbar = box.current?.parentElement;
    if (!toolbar) return;
    const fit = () => {
      const own = box.current?.offsetWidth ?? 0;
      const room = toolbar.clientWidth;
      if (!folded) {
        inlineWidth.current = own;
        if (contentWidth(toolbar) > room + 0.5) setFolded(true);
      } else if (contentWidth(toolbar) - own + inlineWidth.current <= room) {
        setFolded(false);
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(toolbar);
    for (const child of toolbar.children) observer.observe(child);
    return () => observer.disconnect();
  });

  return (
    <div className="toolbar-secondary" ref={box}>
      {folded ? (
        <Popover label={t('more')} align="right" className="toolbar-more">
          {() => <div className="toolbar-more-items">{children}</div>}
        </Popover>
      ) : children}
    </div>
  );
}
