import type { FormInstance } from 'antd';
import { message } from 'antd';
import { ApiError } from '../api/client.ts';

/** Puts the server's field errors on the form fields they name; anything else becomes a message. */
export function showApiError(error: unknown, form?: FormInstance) {
  if (error instanceof ApiError) {
    const fieldErrors = error.problem.errors ?? [];
    if (form && fieldErrors.length > 0) {
      form.setFields(fieldErrors.map((e) => ({ name: e.field.split('.'), errors: [e.message] })));
    }
    if (!form || fieldErrors.length === 0) void message.error(error.problem.detail);
    return;
  }
  void message.error(String(error));
}
