import { ApiError, getLocale, type Problem } from '../../api/client.ts';

/** Fetches a file download; a refusal comes back as the server's problem. */
export async function download(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { 'x-huifang-locale': getLocale() },
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({
      status: response.status,
      title: '',
      detail: response.statusText,
      code: 'unknown',
      ...problem,
    });
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ? decodeURIComponent(name) : fallbackName;
  link.click();
  URL.revokeObjectURL(link.href);
}
