/** A light's colour named as people say it (比上月: 黄灯→红灯). */

import type { LightColor } from './types';

export const LIGHT_NAMES: Record<LightColor, { zh: string; en: string }> = {
  red: { zh: '红灯', en: 'red' },
  yellow: { zh: '黄灯', en: 'yellow' },
  amber: { zh: '橙色', en: 'amber' },
  blue: { zh: '进行中', en: 'in progress' },
  grey: { zh: '灰色', en: 'grey' },
  green: { zh: '绿灯', en: 'green' },
};
