/** The code lists and template a new register starts with (editable afterwards in 设置与数据). */

import type { CodeLists } from '../../shared/domain/types';

export const DEFAULT_CODE_LISTS: CodeLists = {
  chain: ['新能源', '半导体及光电', '生物医药', '高端装备', '数字经济', '新材料', '绿色智能家居', '现代物流', '商贸文旅', '城市建设'],
  // 南太湖新区 streets and platforms, then 吴兴区 towns and platforms (seed-facts.md).
  area: [
    '凤凰街道', '仁皇山街道', '龙溪街道', '杨家埠街道', '滨湖街道',
    '湖州科技城', '西塞科学谷', '南太湖未来城', '南太湖生物医药产业园',
    '吴兴高新区', '织里镇', '埭溪镇', '八里店镇', '东部新城',
  ],
  level: ['省重大', '市重点', '区重点', '一般'],
  kind: ['产业', '基础设施', '社会民生'],
  source: ['内资', '外资'],
};
