/** 台账视图: each user's register layouts, kept in the settings table under the user's name. */

import { inTransaction } from '../db/db';
import { readSettingValues, writeSetting } from '../db/queries/codeLists';
import type { SavedView, UserViews, ViewState } from '../../shared/api/views';
import type { HandlerMap, ServiceContext } from './context';

const MAX_SAVED = 30;

function key(ctx: ServiceContext): string {
  return `registerViews:${ctx.actor}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function read(ctx: ServiceContext): Promise<UserViews> {
  const stored = (await readSettingValues(ctx.db))[key(ctx)];
  if (!isRecord(stored)) return { current: null, saved: [] };
  const saved = Array.isArray(stored.saved)
    ? stored.saved.filter((v): v is SavedView => isRecord(v) && typeof v.name === 'string' && isRecord(v.state))
    : [];
  return { current: isRecord(stored.current) ? (stored.current as ViewState) : null, saved };
}

async function write(ctx: ServiceContext, change: (views: UserViews) => UserViews): Promise<UserViews> {
  return await inTransaction(ctx.db, async () => {
    const next = change(await read(ctx));
    await writeSetting(ctx.db, key(ctx), next);
    return next;
  });
}

export const viewHandlers: HandlerMap<'views.get' | 'views.setCurrent' | 'views.save' | 'views.remove'> = {
  async 'views.get'(_args, ctx) {
    return read(ctx);
  },
  async 'views.setCurrent'({ state }, ctx) {
    return write(ctx, (views) => ({ ...views, current: state }));
  },
  async 'views.save'({ name, state }, ctx) {
    return write(ctx, (views) => ({
      ...views,
      // Saving under an existing name replaces that view in place.
      saved: [...views.saved.filter((v) => v.name !== name), { name, state }].slice(-MAX_SAVED),
    }));
  },
  async 'views.remove'({ name }, ctx) {
    return write(ctx, (views) => ({ ...views, saved: views.saved.filter((v) => v.name !== name) }));
  },
};
