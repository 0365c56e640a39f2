/** Views a role has no use for are not offered: 导入 only to those who may import (编辑, 管理员). */
import type { ViewId } from '../app/views';
import type { Permissions } from './permissions';

export function viewOffered(view: ViewId, can: Permissions): boolean {
  if (view === 'import') return can.may('imports.commit');
  return true;
}
