import { ensureOk, getLocale, saveDownload } from '../../api/client.ts';

/** Fetches a file download; a refusal comes back as the server's problem. */
export async function download(url: string, fallbackName: string): Promise<void> {
  const response = await ensureOk(
    await fetch(url, { credentials: 'same-origin', headers: { 'x-huifang-locale': getLocale() } }),
  );
  await saveDownload(response, fallbackName);
}
