import { ApiError, ensureOk, getLocale, type Problem, saveDownload } from '../../api/client.ts';
import type { ImportResult } from '../../api/types.ts';

/** How far the import is: a progress line of the NDJSON stream (the route schema only knows the final JSON). */
export interface ImportProgress {
  done: number;
  total: number | null;
}

const typeOf = (file: File) =>
  file.name.toLowerCase().endsWith('.csv')
    ? 'text/csv'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function post(step: string, file: File, accept: string): Promise<Response> {
  return fetch(`/api/v1/customer-imports/${step}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': typeOf(file), accept, 'x-huifang-locale': getLocale() },
    body: file,
  }).then(ensureOk);
}

/** Preview or apply, following the server's progress lines (NDJSON) until the result or the error arrives. */
export async function runImport(
  step: 'preview' | 'apply',
  file: File,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  const response = await post(step, file, 'application/x-ndjson');
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const event = JSON.parse(line);
      if (event.type === 'progress') onProgress({ done: event.done, total: event.total });
      if (event.type === 'result') return event.result as ImportResult;
      if (event.type === 'error') throw new ApiError(event.problem as Problem);
    }
    if (done) throw new Error('the import stopped without an answer');
  }
}

/** 错误报告: every rejected row of the file with its reasons, as an .xlsx download. */
export async function downloadErrorReport(file: File): Promise<void> {
  await saveDownload(await post('errors', file, '*/*'), '导入错误报告.xlsx');
}
