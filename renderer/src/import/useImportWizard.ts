/** The wizard's state and its calls: read → map → preview → commit → undo, each call sending the file again. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import type { ImportField } from '../../../shared/import/fields';
import type { ImportDelimiter, ImportEncodingChoice, ImportInspection, ImportMode, ImportPreview, ImportSummary, MatchKey } from '../../../shared/import/types';
import type { CodeListName } from '../../../shared/domain/types';
import { fileToBase64, MAX_FILE_BYTES } from './fileBytes';

export type Step = 'file' | 'mapping' | 'preview' | 'done';

export interface ReadChoice {
  encoding?: ImportEncodingChoice;
  delimiter?: ImportDelimiter;
  sheet?: string;
}

export function useImportWizard() {
  const { t, i18n } = useTranslation('import');
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [choice, setChoice] = useState<ReadChoice>({});
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [mapping, setMapping] = useState<Array<ImportField | null>>([]);
  const [saveMapping, setSaveMapping] = useState(true);
  const [matchKey, setMatchKey] = useState<MatchKey>('code');
  const [mode, setMode] = useState<ImportMode>('upsert');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [addCodes, setAddCodes] = useState<Array<{ list: CodeListName; value: string }>>([]);
  const [skipRejected, setSkipRejected] = useState(false);
  // The difference from the file's 合计 the user accepted: a new preview with another difference needs a new tick.
  const [acceptedDifference, setAcceptedDifference] = useState<number | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [undone, setUndone] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async <T,>(label: string, work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(label);
    setError(null);
    try {
      return await work();
    } catch (err) {
      const en = i18n.resolvedLanguage === 'en';
      setError(err instanceof ApiCallError ? (en ? err.body.messageEn : err.body.message) : String(err));
      return undefined;
    } finally {
      setBusy(null);
    }
  }, [i18n]);

  const inspect = useCallback(async (f: { name: string; base64: string }, next: ReadChoice) => {
    const result = await run(t('file.reading', { name: f.name }), () => api('imports.inspect', { file: f, ...next }));
    if (!result) return;
    setInspection(result);
    setMapping(result.mapping);
    setChoice({ ...next, ...(result.sheet ? { sheet: result.sheet } : {}) });
    setPreview(null);
    setStep('mapping');
  }, [run, t]);

  const chooseFile = useCallback(async (chosen: File) => {
    if (chosen.size > MAX_FILE_BYTES) {
      setError(t('file.tooBig', { size: (chosen.size / 1024 / 1024).toFixed(1) }));
      return;
    }
    const f = { name: chosen.name, base64: await fileToBase64(chosen) };
    setFile(f);
    setSummary(null);
    setUndone(false);
    setAddCodes([]);
    setSkipRejected(false);
    setAcceptedDifference(null);
    await inspect(f, {});
  }, [inspect, t]);

  const changeChoice = useCallback((next: ReadChoice) => {
    if (file) void inspect(file, next);
  }, [file, inspect]);

  const plan = useCallback(() => ({ file: file!, ...choice, mapping, matchKey, mode, addCodes }), [file, choice, mapping, matchKey, mode, addCodes]);

  const showPreview = useCallback(async (codes = addCodes) => {
    if (!file) return;
    const result = await run(t('mapping.loading'), () => api('imports.preview', { ...plan(), addCodes: codes }));
    if (!result) return;
    setPreview(result);
    setStep('preview');
  }, [file, run, t, plan, addCodes]);

  const toggleCode = useCallback((code: { list: CodeListName; value: string }) => {
    const has = addCodes.some((c) => c.list === code.list && c.value === code.value);
    const next = has ? addCodes.filter((c) => !(c.list === code.list && c.value === code.value)) : [...addCodes, code];
    setAddCodes(next);
    void showPreview(next);
  }, [addCodes, showPreview]);

  const mismatch = preview?.totals.mismatch ?? null;
  const acceptTotalMismatch = mismatch !== null && acceptedDifference === mismatch.difference;
  const setAcceptTotalMismatch = useCallback((accept: boolean) => {
    setAcceptedDifference(accept && mismatch ? mismatch.difference : null);
  }, [mismatch]);

  const commit = useCallback(async () => {
    if (!file || !preview) return;
    const rows = preview.totals.byStatus.new + preview.totals.byStatus.update;
    const result = await run(t('preview.committing', { count: rows }), () => api('imports.commit', { ...plan(), skipRejected, saveMapping, acceptTotalMismatch }));
    if (!result) return;
    setSummary(result);
    setStep('done');
  }, [file, preview, run, t, plan, skipRejected, saveMapping, acceptTotalMismatch]);

  const undo = useCallback(async () => {
    if (!summary?.batchId) return;
    const result = await run(t('done.undo'), () => api('imports.undo', { batchId: summary.batchId! }));
    if (result) setUndone(true);
  }, [summary, run, t]);

  const restart = useCallback(() => {
    setStep('file');
    setFile(null);
    setInspection(null);
    setPreview(null);
    setSummary(null);
    setError(null);
  }, []);

  return {
    step, setStep, file, choice, inspection, mapping, setMapping, saveMapping, setSaveMapping, matchKey, setMatchKey, mode, setMode,
    preview, addCodes, toggleCode, skipRejected, setSkipRejected, acceptTotalMismatch, setAcceptTotalMismatch, summary, undone, busy, error,
    chooseFile, changeChoice, showPreview, commit, undo, restart,
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
