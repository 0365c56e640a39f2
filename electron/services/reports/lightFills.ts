/** Lights as cell fills: the pale tints Excel uses for good/neutral/bad, so they print legibly in grey too. */

import type { LightColor } from '../../../shared/domain/types';

export const LIGHT_FILL: Record<LightColor, string> = {
  red: 'FFFFC7CE',
  yellow: 'FFFFEB9C',
  amber: 'FFF8CBAD',
  blue: 'FFDDEBF7',
  grey: 'FFEDEDED',
  green: 'FFC6EFCE',
};

export const LIGHT_FONT: Record<LightColor, string> = {
  red: 'FF9C0006',
  yellow: 'FF9C5700',
  amber: 'FF833C0B',
  blue: 'FF1F4E78',
  grey: 'FF595959',
  green: 'FF006100',
};

export const LIGHT_LEGEND = '亮灯说明：红色——逾期；黄色——预警（临近计划完成日）；橙色——完成滞后；绿色——按期完成；蓝色——进行中；灰色——未开始。';
