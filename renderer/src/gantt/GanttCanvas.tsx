/**
 * The Gantt's body: one canvas the size of the screen, painted by the board (`draw`) whenever the
 * window moves, straight from the scroll handler, so scrolling renders no React. Hovering a bar
 * shows its tooltip; clicks and presses on bars and edge marks go back to the board.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { BarItem, EdgeMark } from './barItems';
import { hitTest, paintScene } from './paintScene';
import type { Scene } from './scene';

export interface GanttCanvasHandle {
  /** Paints the scene (and keeps it for hit-testing). */
  draw: (scene: Scene) => void;
}

interface Props {
  tooltip: (bar: BarItem) => string;
  edgeTip: (edge: EdgeMark) => string;
  onOpen: (bar: BarItem) => void;
  /** An empty row's edge arrow: bring its nearest node into view. */
  onEdge: (edge: EdgeMark) => void;
  onPress: (bar: BarItem, clientX: number) => void;
}

/** Where the tooltip goes: beside the pointer, kept inside the window. */
function placeTip(tip: HTMLElement, clientX: number, clientY: number): void {
  const gap = 14;
  const { width, height } = tip.getBoundingClientRect();
  const left = clientX + gap + width > window.innerWidth ? clientX - gap - width : clientX + gap;
  const top = Math.min(Math.max(4, clientY + gap), window.innerHeight - height - 4);
  tip.style.transform = `translate(${Math.max(4, left)}px, ${top}px)`;
}

export const GanttCanvas = forwardRef<GanttCanvasHandle, Props>(function GanttCanvas({ tooltip, edgeTip, onOpen, onEdge, onPress }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const scene = useRef<Scene | null>(null);
  const tip = useRef<HTMLDivElement | null>(null);
  const hovered = useRef<BarItem | EdgeMark | null>(null);
  const handlers = useRef({ tooltip, edgeTip, onOpen, onEdge, onPress });
  handlers.current = { tooltip, edgeTip, onOpen, onEdge, onPress };

  const hideTip = () => {
    hovered.current = null;
    if (tip.current) tip.current.style.display = 'none';
  };

  useImperativeHandle(ref, () => ({
    draw: (next) => {
      const el = canvas.current;
      const ctx = el?.getContext('2d');
      if (!el || !ctx) return;
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(next.width * ratio);
      const height = Math.round(next.height * ratio);
      if (el.width !== width || el.height !== height) {
        el.width = width;
        el.height = height;
        el.style.width = `${next.width}px`;
        el.style.height = `${next.height}px`;
        if (box.current) {
          box.current.style.width = `${next.width}px`;
          box.current.style.height = `${next.height}px`;
        }
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      paintScene(ctx, next);
      // What was under the pointer has moved: its tooltip would name the wrong node.
      if (scene.current && (scene.current.bars !== next.bars || scene.current.edges !== next.edges)) hideTip();
      scene.current = next;
    },
  }), []);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return undefined;
    // In the body, so no scrolling box clips it; removed with the board.
    const tipEl = document.createElement('div');
    tipEl.className = 'gantt-tip';
    tipEl.setAttribute('role', 'tooltip');
    tipEl.style.display = 'none';
    document.body.append(tipEl);
    tip.current = tipEl;

    const at = (e: MouseEvent) => {
      const rect = el.getBoundingClientRect();
      return scene.current ? hitTest(scene.current, e.clientX - rect.left, e.clientY - rect.top) : null;
    };
    const move = (e: MouseEvent) => {
      const hit = at(e);
      const item = hit ? ('bar' in hit ? hit.bar : hit.edge) : null;
      el.style.cursor = hit ? ('bar' in hit && scene.current?.editing ? 'ew-resize' : 'pointer') : 'default';
      if (!hit || !item) {
        hideTip();
        return;
      }
      if (hovered.current !== item) {
        hovered.current = item;
        tipEl.innerHTML = 'bar' in hit ? handlers.current.tooltip(hit.bar) : handlers.current.edgeTip(hit.edge);
        tipEl.style.display = 'block';
      }
      placeTip(tipEl, e.clientX, e.clientY);
    };
    const click = (e: MouseEvent) => {
      const hit = at(e);
      if (!hit) return;
      if ('edge' in hit) handlers.current.onEdge(hit.edge);
      else if (!scene.current?.editing) handlers.current.onOpen(hit.bar);
    };
    const down = (e: MouseEvent) => {
      const hit = at(e);
      if (!hit || !('bar' in hit) || !scene.current?.editing || e.button !== 0) return;
      hideTip();
      handlers.current.onPress(hit.bar, e.clientX);
    };
    el.addEventListener('mousemove', move);
    el.addEventListener('mouseleave', hideTip);
    el.addEventListener('click', click);
    el.addEventListener('mousedown', down);
    return () => {
      el.removeEventListener('mousemove', move);
      el.removeEventListener('mouseleave', hideTip);
      el.removeEventListener('click', click);
      el.removeEventListener('mousedown', down);
      tipEl.remove();
      tip.current = null;
    };
  }, []);

  return (
    <div ref={box} className="gantt-canvas">
      <canvas ref={canvas} />
    </div>
  );
});
