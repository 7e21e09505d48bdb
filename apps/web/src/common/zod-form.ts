import type { FormErrors, UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { ApiError } from '../api/api';

/** Mantine form validation from a contracts schema: the same rules the server applies, shown per field. */
export function zodValidate<Values>(schema: z.ZodType, toBody: (values: Values) => unknown) {
  return (values: Values): FormErrors => {
    const result = schema.safeParse(toBody(values));
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      if (key && !errors[key]) errors[key] = capitalise(issue.message);
    }
    return errors;
  };
}

/** Puts a server validation failure's per-field messages on the form; true when any field matched. */
export function applyServerErrors<Values>(form: UseFormReturnType<Values>, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = error.fieldErrors();
  const known = Object.entries(fields).filter(([field]) => field in (form.getValues() as object));
  if (known.length === 0) return false;
  form.setErrors(Object.fromEntries(known.map(([field, message]) => [field, capitalise(message)])));
  return true;
}

/** An empty select value means "none". */
export function nullIfEmpty(value: string | null | undefined): string | null {
  return value ? value : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
