/** Same-origin JSON client. Errors arrive as RFC 9457 problem+json, already in the user's language. */
export interface Problem {
  status: number;
  title: string;
  detail: string;
  code: string;
  errors?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

let currentLocale = 'zh-CN';
let onUnauthenticated: () => void = () => {};

export function getLocale(): string {
  return currentLocale;
}

export function setApiLocale(locale: string) {
  currentLocale = locale;
}

export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      'x-huifang-locale': currentLocale,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  if (response.status === 401 && !url.endsWith('/auth/login')) onUnauthenticated();
  await ensureOk(response);
  return (await response.json().catch(() => ({}))) as T;
}

/** Saves a file response under the server's file name (or the fallback), as a browser download. */
export async function saveDownload(response: Response, fallbackName: string): Promise<void> {
  const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ? decodeURIComponent(name) : fallbackName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The response if it succeeded; else its problem+json as an ApiError (a rejected promise). */
export async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
  throw new ApiError({
    status: response.status,
    title: '',
    detail: response.statusText,
    code: 'unknown',
    ...problem,
  });
}

export const get = <T>(url: string) => api<T>('GET', url);
export const post = <T>(url: string, body?: unknown) => api<T>('POST', url, body ?? {});
export const patch = <T>(url: string, body: unknown) => api<T>('PATCH', url, body);
export const del = (url: string) => api<void>('DELETE', url);

export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}
