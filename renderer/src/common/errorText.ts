/** What to tell the user about a failed call: the service's message, with the field's issue when it names one. */
import { ApiCallError } from '../../../shared/errors';

export function errorText(err: unknown, en = false): string {
  if (err instanceof ApiCallError) {
    const issue = err.body.issues?.[0];
    const main = en ? err.body.messageEn : err.body.message;
    if (!issue) return main;
    const detail = en ? issue.messageEn : issue.message;
    return main.includes(detail) ? main : `${main}（${detail}）`;
  }
  return err instanceof Error ? err.message : String(err);
}
