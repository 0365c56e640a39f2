/**
 * 团队版 roles and what each may do. 管理员 administers (accounts, settings, code lists, data);
 * 编辑 changes every project; 填报 changes only the projects of their own 区域 or 责任单位 and
 * returns their month's fill-in; 只读 (leaders) reads. Every method carries one access level
 * (shared/api/access.ts) and the dispatcher checks it, so no transport can forget.
 */

export const ROLES = ['admin', 'editor', 'filler', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  filler: { zh: '填报', en: 'Reporter' },
  viewer: { zh: '只读', en: 'Read-only' },
};

/**
 * What a method needs: `read` anyone signed in; `own` anyone, for what is theirs alone (their saved
 * views, their watch list); `fill` 填报 and up (a 填报 user only within their scope); `edit` 编辑
 * and up; `admin` 管理员 only.
 */
export const ACCESS_LEVELS = ['read', 'own', 'fill', 'edit', 'admin'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

const GRANTS: Record<Role, readonly Access[]> = {
  admin: ACCESS_LEVELS,
  editor: ['read', 'own', 'fill', 'edit'],
  filler: ['read', 'own', 'fill'],
  viewer: ['read', 'own'],
};

export function roleMay(role: Role, access: Access): boolean {
  return GRANTS[role].includes(access);
}

/** A 填报 user's scope: the 区域 or the 责任单位 whose projects are theirs. */
export interface FillScope {
  area?: string | undefined;
  unit?: string | undefined;
}

/** Whether a project (its 区域 and 责任单位) is within a 填报 user's scope; other roles have no scope. */
export function inFillScope(scope: FillScope, project: { area: string; ownerUnit: string }): boolean {
  if (scope.area && project.area === scope.area) return true;
  if (scope.unit && project.ownerUnit === scope.unit) return true;
  return false;
}

/** The words a refusal uses: who may do it. */
export function refusalFor(role: Role, access: Access): { message: string; messageEn: string } {
  const needed: Record<Access, { zh: string; en: string }> = {
    read: { zh: '登录用户', en: 'a signed-in user' },
    own: { zh: '登录用户', en: 'a signed-in user' },
    fill: { zh: '填报、编辑或管理员', en: 'a reporter, editor or administrator' },
    edit: { zh: '编辑或管理员', en: 'an editor or administrator' },
    admin: { zh: '管理员', en: 'an administrator' },
  };
  return {
    message: `您的角色是「${ROLE_LABELS[role].zh}」，此操作需要${needed[access].zh}权限，未作任何修改`,
    messageEn: `Your role is ${ROLE_LABELS[role].en}; this needs ${needed[access].en}. Nothing was changed`,
  };
}
