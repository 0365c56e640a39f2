/** What every service handler is given: the database, a clock and who is acting. */

import type { Db } from '../db/connection';
import type { Clock } from '../../shared/domain/dates';
import type { FillScope, Role } from '../../shared/domain/roles';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/contract';

export interface ServiceContext {
  db: Db;
  /** Absolute path of the database file (":memory:" in some tests). */
  dbPath: string;
  clock: Clock;
  /** Who is recorded in the audit trail: the 操作人 of the settings, else `systemActor`. */
  actor: string;
  /** The OS user name (or the name a host or test gave), used when no 操作人 is set. */
  systemActor?: string;
  appVersion: string;
  /** Folder holding the sample register and other shipped data. */
  resourcesDir: string;
  /** 团队版: the signed-in person making this call; absent on the single-PC register. */
  account?: Account;
}

/** A signed-in person of the team edition, as the dispatcher checks them. */
export interface Account {
  id: number;
  /** Login name. */
  name: string;
  /** Name recorded in the history (a real person's). */
  displayName: string;
  role: Role;
  /** For a 填报 user: their 区域 or 责任单位. */
  scope: FillScope;
}

export type Handler<K extends MethodName> = (args: MethodArgs<K>, ctx: ServiceContext) => Promise<MethodResult<K>>;

/** A domain area's handlers: a typed slice of the whole contract. */
export type HandlerMap<K extends MethodName> = { [P in K]: Handler<P> };

export type AllHandlers = HandlerMap<MethodName>;
