import type { FormInstance } from 'antd';
import { message } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { ApiError } from '../api/client.ts';

/**
 * The form field a server error names: `steps.1.label` → ['steps', 1, 'label'] (list items are numbered, and
 * antd tells the number 1 from the text '1').
 */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors on the form fields they name (`nameOf` where the form names them otherwise);
 * anything else becomes a message.
 */
export function showApiError(
  error: unknown,
  form?: FormInstance,
  nameOf: (field: string) => NamePath = fieldPath,
) {
  if (error instanceof ApiError) {
    const fieldErrors = error.problem.errors ?? [];
    if (form && fieldErrors.length > 0) {
      const byField = new Map<string, string[]>();
      for (const e of fieldErrors) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
      form.setFields([...byField].map(([field, errors]) => ({ name: nameOf(field), errors })));
    }
    if (!form || fieldErrors.length === 0) void message.error(error.problem.detail);
    return;
  }
  void message.error(String(error));
}
