import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/api';

/** A sentence a person can act on, from any error an API call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'forbidden' && !error.message) return 'Your role does not allow this.';
    return sentence(error.message);
  }
  if (error instanceof Error && error.message) return sentence(error.message);
  return 'Something went wrong.';
}

/** A short title for an error, e.g. "Not allowed" for a 403. */
export function errorTitle(error: unknown, fallback = 'Something went wrong'): string {
  if (!(error instanceof ApiError)) return fallback;
  switch (error.code) {
    case 'forbidden':
      return 'Not allowed';
    case 'not_found':
      return 'Not found';
    case 'conflict':
      return 'Not possible right now';
    case 'validation_failed':
    case 'bad_request':
      return 'Please check the form';
    case 'unavailable':
      return 'Server unavailable';
    case 'rate_limited':
      return 'Too many requests';
    default:
      return fallback;
  }
}

/** Shows an error as a red notification. */
export function notifyError(title: string, error: unknown): void {
  notifications.show({
    color: 'red',
    title,
    message: errorMessage(error),
    autoClose: 8000,
    closeButtonProps: { 'aria-label': 'Dismiss' },
  });
}

/** Shows a success as a green notification. */
export function notifySuccess(message: string): void {
  notifications.show({
    color: 'teal',
    message,
    autoClose: 4000,
    closeButtonProps: { 'aria-label': 'Dismiss' },
  });
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return 'Something went wrong.';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
