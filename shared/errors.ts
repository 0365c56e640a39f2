/** The one error shape every transport carries: a code a program can test and a message a person reads. */

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'refused'
  | 'unknown_method'
  | 'unauthorized'
  /** Signed in, but the role or scope does not allow this call (团队版). */
  | 'forbidden'
  | 'internal';

export interface ApiErrorBody {
  code: ErrorCode;
  /** Chinese message, shown by default. */
  message: string;
  /** English message, for the English UI and scripts. */
  messageEn: string;
  /** Per-field problems of an invalid input: `path` names the field. */
  issues?: Array<{ path: string; message: string; messageEn: string }>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by services for an expected refusal; the dispatcher turns it into an ApiErrorBody. */
export class LedgerError extends Error {
  readonly code: ErrorCode;
  readonly messageEn: string;
  readonly issues: ApiErrorBody['issues'];

  constructor(code: ErrorCode, message: string, messageEn: string, issues?: ApiErrorBody['issues']) {
    super(message);
    this.name = 'LedgerError';
    this.code = code;
    this.messageEn = messageEn;
    this.issues = issues;
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, messageEn: this.messageEn, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

/** Raised on the client side when a call returns an error body, so UI code can `try/catch`. */
export class ApiCallError extends Error {
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.body = body;
  }
}
