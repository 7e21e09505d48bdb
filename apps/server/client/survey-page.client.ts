// The customer's survey page script: the score in one tap, then "why?", then thanks. Plain DOM, no framework,
// so the page stays tiny on a phone. Every submission carries one id per page visit, so retries and double taps
// edit the same response instead of storing a second one.

const root = document.getElementById('survey') as HTMLElement;
const token = root.dataset.token ?? '';
const language = root.dataset.language ?? 'en';
const status = document.getElementById('status') as HTMLElement;
const steps = ['step-score', 'step-why', 'step-thanks'].map(
  (id) => document.getElementById(id) as HTMLElement,
);
const comment = document.getElementById('comment') as HTMLTextAreaElement;
let score: number | null = null;
let pending: Promise<void> = Promise.resolve();

function submissionId(): string {
  const storeKey = `centric-submission-${token}`;
  const kept = sessionStorage.getItem(storeKey);
  if (kept) return kept;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const made = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  sessionStorage.setItem(storeKey, made);
  return made;
}
const submission = submissionId();

function show(index: number): void {
  steps.forEach((step, i) => {
    step.hidden = i !== index;
  });
}

function say(text: string, error = false): void {
  status.textContent = text;
  status.className = error ? 'error' : '';
}

type Answer = number | string | string[];

/** The answers to the survey's own questions as the form holds them now (unanswered ones left out). */
function collectAnswers(): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const box of document.querySelectorAll<HTMLElement>('[data-question]')) {
    const id = box.dataset.question ?? '';
    const type = box.dataset.type;
    if (type === 'text') {
      const text = box.querySelector('textarea')?.value.trim();
      if (text) answers[id] = text;
      continue;
    }
    const checked = Array.from(box.querySelectorAll<HTMLInputElement>('input:checked'), (i) => i.value);
    if (checked.length === 0) continue;
    if (type === 'rating') answers[id] = Number(checked[0]);
    else answers[id] = box.querySelector('input[type=checkbox]') ? checked : (checked[0] as string);
  }
  return answers;
}

async function send(body: {
  score: number | null;
  comment: string | null;
  answers?: Record<string, Answer>;
}): Promise<{ editableUntil: string | null }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 400 * 2 ** attempt));
    try {
      const response = await fetch(`/s/${token}/answer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ submissionId: submission, language, ...body }),
      });
      if (response.ok) return (await response.json()) as { editableUntil: string | null };
      const problem = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      lastError = new Error(problem?.error?.message ?? root.dataset.failed);
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function pick(button: HTMLButtonElement): void {
  score = Number(button.dataset.score);
  for (const b of document.querySelectorAll<HTMLButtonElement>('.score'))
    b.setAttribute('aria-pressed', String(b === button));
  say(root.dataset.saving ?? '');
  // Submissions go one after the other, so a later tap is never overtaken by an earlier one.
  pending = pending
    .then(() => send({ score, comment: null, answers: collectAnswers() }))
    .then(() => {
      say(root.dataset.saved ?? '');
      show(1);
      comment.focus();
    })
    .catch((error: Error) => say(error.message || (root.dataset.failed ?? ''), true));
}

function finish(withComment: boolean): void {
  say(root.dataset.saving ?? '');
  const text = withComment ? comment.value.trim() || null : null;
  pending = pending
    .then(() => send({ score, comment: text, answers: collectAnswers() }))
    .then((result) => {
      say('');
      const editable = document.getElementById('editable') as HTMLElement;
      editable.textContent = result.editableUntil
        ? (root.dataset.editable ?? '').replace(
            '{time}',
            new Date(result.editableUntil).toLocaleTimeString(language, {
              hour: '2-digit',
              minute: '2-digit',
            }),
          )
        : '';
      (document.getElementById('change') as HTMLElement).hidden = !result.editableUntil;
      show(2);
      (document.getElementById('thanks-title') as HTMLElement).focus();
    })
    .catch((error: Error) => say(error.message || (root.dataset.failed ?? ''), true));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.score'))
  button.addEventListener('click', () => pick(button));
(document.getElementById('why-form') as HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  finish(true);
});
(document.getElementById('skip') as HTMLElement).addEventListener('click', () => finish(false));
(document.getElementById('change') as HTMLElement).addEventListener('click', () => {
  show(0);
  document.querySelector<HTMLButtonElement>('.score[aria-pressed=true]')?.focus();
});

export {};
