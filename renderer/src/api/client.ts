/**
 * The renderer's one way to the data: a typed `send` over whichever transport is present —
 * the preload bridge inside Electron, loopback HTTP in a plain browser. Both are derived from
 * the contract; nothing here is written per method.
 */

import { ApiCallError, type ApiResult } from '../../../shared/errors';
import { SIGN_IN_HEADER } from '../../../shared/domain/accounts';
import type { EventMap, MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import { METHOD_ACCESS } from '../../../shared/api/access';

/**
 * A call with an abort signal: a view that goes away stops waiting for (and reading) a large answer
 * it asked for, e.g. the whole register's rows at 30,000 projects. Over HTTP the request is
 * aborted; over the Electron bridge the answer is only dropped.
 */
type RawCall = (method: string, input: unknown, signal?: AbortSignal) => Promise<ApiResult<unknown>>;

export interface CallOptions {
  signal?: AbortSignal;
}

export type ApiFn = <K extends MethodName>(method: K, input: MethodInput<K>, options?: CallOptions) => Promise<MethodResult<K>>;

/** What the Electron preload exposes (see electron/preload.ts). */
interface LedgerBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    ledger?: LedgerBridge;
  }
}

const TOKEN_KEY = 'ledger.token';

/** The window event fired when the team server answers a call with "sign in first" (see SessionGate). */
export const SIGN_IN_NEEDED = 'ledger:sign-in-needed';

/** The browser host prints an address with `#token=…`; keep it for this tab and clear it from the bar. */
function takeToken(): string {
  const match = /(?:^|[#&])token=([0-9a-f]{32})/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpCall(): RawCall {
  const token = takeToken();
  return async (method, input, signal) => {
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Ledger-Token': token },
        body: JSON.stringify(input ?? {}),
        ...(signal ? { signal } : {}),
      });
    } catch (err) {
      if (signal?.aborted) throw err;
      return { ok: false, error: { code: 'internal', message: '无法连接到台账服务，请确认 npm run serve 仍在运行', messageEn: 'Cannot reach the ledger service; is npm run serve still running?' } };
    }
    // The team server asks for sign-in (no session, or it ended): the page shows its sign-in form.
    if (response.status === 401 && response.headers.get(SIGN_IN_HEADER)) window.dispatchEvent(new CustomEvent(SIGN_IN_NEEDED));
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch (err) {
      if (signal?.aborted) throw err;
      return { ok: false, error: { code: 'internal', message: `服务返回了无法识别的内容（HTTP ${response.status}）`, messageEn: `Unreadable answer from the service (HTTP ${response.status})` } };
    }
  };
}

function pickTransport(): RawCall {
  const bridge = window.ledger;
  if (bridge) {
    return async (method, input, signal) => {
      const result = await bridge.call(method, input);
      signal?.throwIfAborted();
      return result;
    };
  }
  return httpCall();
}

/** The window event fired after every successful write, so views showing derived figures refresh. */
export const DATA_CHANGED = 'ledger:data-changed';

/**
 * Which methods write, read from the contract once it is loaded. The contract carries every zod
 * schema (zod included): loaded after the first screen, not in the app's first script. A method
 * anyone may call to read ('read' in METHOD_ACCESS) never writes (a unit test holds the two to
 * that), so the first screen's calls need no contract; a write answered before it is in announces
 * itself once it is.
 */
type WritesTest = (method: string) => method is MethodName;
let writes: WritesTest | null = null;
const ACCESS: Readonly<Record<string, string | undefined>> = METHOD_ACCESS;
let loadingContract: Promise<WritesTest> | null = null;

function contractWrites(): Promise<WritesTest> {
  loadingContract ??= import('../../../shared/contract').then(({ contract, isMethodName }) => {
    const test: WritesTest = (method): method is MethodName => isMethodName(method) && contract[method].writes;
    writes = test;
    return test;
  });
  return loadingContract;
}

/** After the page's start, before the contract is loaded: the first screen's work comes first. */
const CONTRACT_AFTER_MS = 2500;

/**
 * Loads the contract once the first screen is likely drawn and the page is idle (bounded), so the
 * first write announces itself at once. Not at the first idle moment: that is while the first
 * screen waits for its data, and the schemas' evaluation then delays drawing it.
 */
export function loadContractWhenIdle(): void {
  const load = () => void contractWrites().catch(() => { loadingContract = null; });
  setTimeout(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 2000 });
    else load();
  }, CONTRACT_AFTER_MS);
}

function announce(method: MethodName): void {
  const detail: EventMap['data.changed'] = { method };
  window.dispatchEvent(new CustomEvent(DATA_CHANGED, { detail }));
}

function announcingWrites(call: RawCall): RawCall {
  return async (method, input, signal) => {
    const result = await call(method, input, signal);
    if (result.ok && ACCESS[method] !== 'read') {
      if (writes) {
        if (writes(method)) announce(method);
      } else {
        void contractWrites().then((w) => { if (w(method)) announce(method); }, () => { loadingContract = null; });
      }
    }
    return result;
  };
}

/** A typed call over whichever transport is present; an error answer is thrown as an ApiCallError. */
function typed(call: RawCall): ApiFn {
  return (async (method: MethodName, input: unknown, options?: CallOptions) => {
    const result = await call(method, input, options?.signal);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value;
  }) as ApiFn;
}

export const api: ApiFn = typed(announcingWrites(pickTransport()));
