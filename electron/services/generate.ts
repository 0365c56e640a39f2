/**
 * Generated registers for trials and benchmarks: deterministic for (count, seed, today), shaped like a
 * real register (uneven chains and areas, log-normal sizes, schedules that slip, months that go quiet).
 */

import { STANDARD_TEMPLATE, planFromTemplate } from '../../shared/domain/templates';
import { fromDayNumber, toDayNumber, type IsoDate } from '../../shared/domain/dates';
import { deriveStage } from '../../shared/domain/stage';
import { seededRandom } from '../../shared/domain/random';
import type { ManualStage, MonthlyEntry } from '../../shared/domain/types';
import type { NodeFields } from '../db/queries/nodes';
import { DEFAULT_CODE_LISTS } from './defaults';
import type { ProjectGraph } from './projectGraph';
import {
  AREA_WEIGHTS, CHAIN_WEIGHTS, END_REASONS, NODE_DONE, NODE_PROBLEM, NODE_PROGRESS, PROJECT_NAMES, STOP_REASONS,
  WUXING_AREAS, companyName, kindOf, levelOf, ownerUnit, personName,
} from './generateNames';

type Rng = () => number;
type Month = Omit<MonthlyEntry, 'projectId'>;
type Discipline = 'good' | 'minor' | 'poor';

const STEPS = STANDARD_TEMPLATE.steps;
/** What each node waits for: 供地 and 立项备案 run side by side after 签约; 施工许可 needs both. */
const DEPS = [[], [0], [0], [1, 2], [3], [4], [5], [6], [7]];
const WAN = 10_000;
const toWan = (yuan: number) => Math.round(yuan / WAN) * WAN;
// Day-number ↔ ISO conversions dominate the run time; a register spans a few thousand days, so cache them.
const isoCache = new Map<number, IsoDate>();
const dayCache = new Map<IsoDate, number>();
function iso(day: number): IsoDate {
  let text = isoCache.get(day);
  if (text === undefined) isoCache.set(day, (text = fromDayNumber(day)));
  return text;
}
function dayOf(date: IsoDate): number {
  let day = dayCache.get(date);
  if (day === undefined) dayCache.set(date, (day = toDayNumber(date)));
  return day;
}
const DAY_MS = 86_400_000;
const monthIndex = (day: number) => { const d = new Date(day * DAY_MS); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };
const monthText = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const firstDayOfMonth = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY_MS;
const cnDate = (day: number) => { const d = new Date(day * DAY_MS); return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`; };

class Dice {
  constructor(readonly next: Rng) {}
  between(lo: number, hi: number): number { return lo + this.next() * (hi - lo); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick = <T>(list: readonly T[]): T => list[Math.floor(this.next() * list.length)] as T;
  weighted<T>(list: readonly T[], weights: readonly number[]): T {
    let roll = this.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < list.length; i++) if ((roll -= weights[i] ?? 1) < 0) return list[i] as T;
    return list[list.length - 1] as T;
  }
  normal(): number { return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next()); }
}

/** Simulated schedule as day numbers; null where nothing happened (yet). */
interface Schedule { ps: number[]; pe: number[]; as: Array<number | null>; ae: Array<number | null> }

/** Walks the nodes in order up to `cut`, each starting after what it waits for and taking as long as the discipline allows. */
function simulate(dice: Dice, plannedStart: number[], plannedEnd: number[], signDay: number | null, cut: number, discipline: Discipline): Schedule {
  const as: Array<number | null> = STEPS.map(() => null);
  const ae: Array<number | null> = STEPS.map(() => null);
  if (signDay === null) return { ps: plannedStart, pe: plannedEnd, as, ae };
  as[0] = ae[0] = signDay;
  for (let k = 1; k < STEPS.length; k++) {
    const deps = DEPS[k] ?? [];
    if (!deps.every((d) => ae[d] !== null)) continue;
    const depEnd = Math.max(...deps.map((d) => ae[d] as number));
    const ps = plannedStart[k] as number;
    const planned = (plannedEnd[k] as number) - ps;
    let factor = discipline === 'good' ? dice.between(0.82, 1)
      : discipline === 'poor' ? dice.between(1.1, 1.7)
        : dice.next() < 0.2 ? dice.between(1.05, 1.45) : dice.between(0.8, 1);
    let start = k <= 2 ? Math.max(ps - dice.int(0, 7), depEnd) : Math.max(depEnd + dice.int(0, 6), ps - 45);
    if (discipline === 'poor') start += dice.int(0, 30);
    else if (start > ps) factor *= dice.between(0.7, 0.95); // a late start is partly caught up
    if (start > cut) continue;
    const end = start + Math.round(planned * factor);
    as[k] = start;
    if (end <= cut) ae[k] = end;
  }
  return { ps: plannedStart, pe: plannedEnd, as, ae };
}

function nodesOf(s: Schedule, today: number, cancelled: boolean): NodeFields[] {
  return STEPS.map((step, k) => {
    const [ps, pe, as, ae] = [s.ps[k] as number, s.pe[k] as number, s.as[k] ?? null, s.ae[k] ?? null];
    const open = ae === null;
    if (cancelled && open) {
      return { name: step.name, milestone: step.milestone, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, percent: 0, note: '项目终止，节点取消' };
    }
    const percent = !open ? 100 : as === null ? 0 : Math.min(99, Math.max(1, Math.round((100 * (today - as)) / Math.max(1, pe - as))));
    const note = !open && ae > pe ? `完成滞后${ae - pe}天` : open && pe < today ? (NODE_PROBLEM[step.name] ?? '') : '';
    return {
      name: step.name, milestone: step.milestone, plannedStart: iso(ps), plannedEnd: iso(pe),
      actualStart: as === null ? null : iso(as), actualEnd: ae === null ? null : iso(ae), percent, note,
    };
  });
}

/** The month's 形象进度: what finished in it and what was under way at its end. */
function monthNote(s: Schedule, monthStart: number, monthEnd: number, industrial: boolean): string {
  let done = -1;
  let current = -1;
  for (let k = 0; k < STEPS.length; k++) {
    const [as, ae] = [s.as[k] ?? null, s.ae[k] ?? null];
    if (ae !== null && ae >= monthStart && ae <= monthEnd) done = k;
    if (as !== null && as <= monthEnd && (ae === null || ae > monthEnd)) current = k;
  }
  const parts: string[] = [];
  const name = (k: number) => (!industrial && k >= 7 ? `${STEPS[k]?.name}*` : (STEPS[k]?.name ?? ''));
  if (done >= 0) parts.push(`${NODE_DONE[name(done)] ?? ''}（${cnDate(s.ae[done] as number)}）`);
  if (current >= 0) {
    const as = s.as[current] as number;
    const p = Math.min(98, Math.max(3, Math.round((100 * (monthEnd - as)) / Math.max(1, (s.pe[current] as number) - as))));
    parts.push(NODE_PROGRESS[name(current)]?.(p) ?? '');
  }
  return parts.join('；') || '前期工作推进';
}

const ANNUAL_RATE: Record<string, number> = { 已签约: 0.05, 在建: 0.25, 已竣工: 0.1, 已投产: 0.06, 停滞: 0.08 };
const COMPLETION: Record<Discipline, [number, number]> = { good: [0.9, 1.12], minor: [0.75, 1.05], poor: [0.45, 0.85] };

/** Monthly plan and completion for the current year up to today's month; nothing is reported after `cut`. */
function monthsOf(dice: Dice, s: Schedule, stage: string, total: number, today: number, cut: number, discipline: Discipline, problem: string, industrial: boolean): { monthly: Month[]; annualPlan: number } {
  const rate = ANNUAL_RATE[stage];
  const signDay = s.ae[0] ?? null;
  if (rate === undefined || signDay === null) return { monthly: [], annualPlan: 0 };
  const thisMonth = monthIndex(today);
  const january = thisMonth - (thisMonth % 12);
  const first = Math.max(january, monthIndex(signDay));
  const lastReported = Math.min(thisMonth, monthIndex(cut));
  if (stage === '停滞' && lastReported < first) return { monthly: [], annualPlan: 0 };
  const weights: number[] = [];
  for (let m = first; m < january + 12; m++) weights.push(m % 12 === 1 ? 0.5 : m % 12 === 0 ? 0.8 : dice.between(1, 1.3));
  const sum = weights.reduce((a, b) => a + b, 0);
  const annualPlan = Math.max(100 * WAN, toWan(total * rate * dice.between(0.7, 1.3) * (weights.length / 12)));
  const [lo, hi] = COMPLETION[discipline];
  const monthly: Month[] = [];
  for (let m = first; m <= thisMonth; m++) {
    const planned = toWan((annualPlan * (weights[m - first] ?? 1)) / sum);
    const reported = m <= lastReported && (m < thisMonth || dice.next() < 0.55);
    if (!reported) { monthly.push({ month: monthText(m), planned, completed: 0, progressNote: '', problems: '' }); continue; }
    const partial = m === thisMonth ? dice.between(0.3, 0.6) : 1;
    const monthEnd = Math.min(firstDayOfMonth(m + 1) - 1, cut);
    monthly.push({
      month: monthText(m), planned, completed: toWan(planned * dice.between(lo, hi) * partial),
      progressNote: monthNote(s, firstDayOfMonth(m), monthEnd, industrial), problems: m >= lastReported - 1 ? problem : '',
    });
  }
  return { monthly, annualPlan };
}

function generateOne(i: number, dice: Dice, today: number): ProjectGraph {
  const chain = dice.weighted(DEFAULT_CODE_LISTS.chain, CHAIN_WEIGHTS);
  const area = dice.weighted(DEFAULT_CODE_LISTS.area, AREA_WEIGHTS);
  const kind = kindOf(chain, dice.next());
  const industrial = kind === '产业';
  const rawTotal = Math.min(200e8, Math.max(0.5e8, Math.exp(Math.log(6e8) + 1.15 * dice.normal())));
  const total = rawTotal >= 1e8 ? Math.round(rawTotal / 1e6) * 1e6 : toWan(rawTotal);
  // Rare cases come by index so that every register of 200 or more has them.
  const talks = i % 16 === 7 || dice.next() < 0.02;
  const override: ManualStage | null = talks ? null : i % 50 === 23 ? '停滞' : i % 90 === 41 ? '终止' : null;
  const roll = dice.next();
  const silentMonths = !talks && !override && dice.next() < 0.06 ? dice.int(2, 5) : 0;
  // 已竣工 is a short stage (until 投产); some projects are placed in it so that it always occurs.
  const justCompleted = i % 40 === 13 && !talks && !override && !silentMonths;
  const discipline: Discipline = roll < 0.62 || justCompleted ? 'good' : roll < 0.85 ? 'minor' : 'poor';
  const pace = Math.min(2.4, Math.max(0.75, Math.exp(0.2 + 0.22 * dice.normal()) * (industrial ? 1 : 1.15) * (total >= 50e8 ? 1.2 : 1)));
  const landGap = Math.min(360, Math.round(-Math.log(1 - dice.next()) * 45));
  const minAge = override || silentMonths ? 200 : 1; // old enough to have stopped or gone quiet
  const signDay = talks ? today + dice.int(-40, 200)
    : justCompleted ? today - landGap - Math.round(542 * pace) - dice.int(5, 30)
      : today - minAge - Math.floor((1825 - minAge) * dice.next() ** 1.3);
  const steps = STEPS.map((s, k) => ({ ...s, offsetDays: k === 0 ? 0 : landGap + Math.round(s.offsetDays * pace), durationDays: Math.round(s.durationDays * pace) }));
  const planned = planFromTemplate(steps, iso(signDay));
  const ps = planned.map((n) => dayOf(n.plannedStart));
  const pe = planned.map((n) => dayOf(n.plannedEnd));

  let cut = today;
  if (override) cut = signDay + Math.round((today - signDay) * dice.between(0.35, 0.9));
  if (silentMonths) cut = firstDayOfMonth(monthIndex(today) - silentMonths) + dice.int(0, 26);
  const schedule = simulate(dice, ps, pe, talks ? null : signDay, cut, discipline);
  // 倒排工期: some deadlines are pulled in to fall due within the next fortnight.
  const running = schedule.as.findIndex((a, k) => a !== null && schedule.ae[k] === null);
  if (!override && !silentMonths && running > 0 && (ps[running] as number) < today && (pe[running] as number) > today + 15 && dice.next() < 0.2) {
    pe[running] = today + dice.int(0, 15);
  }
  const nodes = nodesOf(schedule, today, override === '终止');
  const stage = deriveStage(nodes, override);
  const todayIso = iso(today);
  const overdue = nodes.find((n) => !n.actualEnd && n.plannedEnd !== null && n.plannedEnd < todayIso);
  const problems = override === '停滞' ? dice.pick(STOP_REASONS) : override === '终止' ? dice.pick(END_REASONS)
    : silentMonths ? `连续${silentMonths}个月未报送进度，需专班上门督办` : overdue ? (NODE_PROBLEM[overdue.name] ?? '') : '';
  const { monthly, annualPlan } = monthsOf(dice, schedule, stage, total, today, cut, discipline, silentMonths ? '' : problems, industrial);
  const company = companyName(chain, dice.pick);
  const gwh = dice.int(2, 30);
  const template = dice.pick(PROJECT_NAMES[chain] ?? ['产业化项目']);
  const prefix = chain === '城市建设' ? area : company.slice(2, 4);
  const filed = nodes[2]?.actualEnd;
  const latest = [...monthly].reverse().find((m) => m.progressNote)?.progressNote;
  const progressNote = talks ? '项目洽谈中，投资协议文本磋商' : stage === '已达产' ? '已全面达产' : stage === '终止' ? '项目已终止'
    : override === '停滞' ? `项目已暂停，停工前：${latest ?? monthNote(schedule, cut - 30, cut, industrial)}` : (latest ?? monthNote(schedule, cut - 30, cut, industrial));
  return {
    fields: {
      code: `GEN-${String(i + 1).padStart(6, '0')}`,
      nationalCode: filed && dice.next() < 0.5 && i < 900_000
        ? `${filed.slice(2, 4)}${filed.slice(5, 7)}-${WUXING_AREAS.has(area) ? '330502' : '330500'}-04-01-${String(100_000 + i)}` : null,
      name: `${prefix}${template.replace('{n}', String(gwh))}`,
      company, chain, area, level: levelOf(total, dice.next()), kind, source: dice.next() < 0.12 ? '外资' : '内资',
      stageOverride: override,
      totalInvestment: total,
      annualPlan,
      // 开工以来累计 needs the years before this one, which the generator does not model: not given.
      cumulativeCompleted: null,
      signedOn: talks ? null : iso(signDay),
      plannedStart: nodes[4]?.plannedEnd ?? null,
      plannedCompletion: nodes[6]?.plannedEnd ?? null,
      landMu: industrial && dice.next() < 0.85 ? Math.min(2000, Math.max(10, Math.round(total / dice.between(3e6, 1e7)))) : null,
      capacity: template.includes('{n}') ? `年产${gwh}GWh` : '',
      expectedOutput: industrial ? Math.round((total * dice.between(1, 2.5)) / 1e6) * 1e6 : null,
      leader: personName(dice.pick),
      ownerUnit: ownerUnit(area, dice.next()),
      contact: `${personName(dice.pick)} 1${dice.int(3, 9)}${dice.int(0, 9)}****${dice.int(1000, 9999)}`,
      progressNote,
      problems,
      tags: ['生成数据'],
    },
    nodes,
    monthly,
  };
}

/** `count` generated projects (codes GEN-000001…) as of `today`; the same inputs always give the same register. */
export function generateRegister(count: number, seed: number, today: string): ProjectGraph[] {
  const dice = new Dice(seededRandom(Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995));
  const day = toDayNumber(today);
  const graphs: ProjectGraph[] = [];
  for (let i = 0; i < count; i++) graphs.push(generateOne(i, dice, day));
  return graphs;
}
