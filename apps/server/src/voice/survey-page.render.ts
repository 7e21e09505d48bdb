import type { SurveyQuestion, SurveyTextsInput } from '@centric/contracts/surveys/survey.schemas';
import { SCORE_RANGE } from '@centric/core/surveys/survey-kinds';
import { localisedText } from './survey-answers';
import type { SurveyTarget } from './survey-target';
import type { SurveyTexts } from './survey-texts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#4a5360;--accent:#0b57d0;--line:#c4ccd6;--bg:#f6f8fa}
*{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:40rem;margin:0 auto;padding:1.25rem 1rem 3rem}
.org{font-size:1rem;font-weight:600;color:var(--muted);margin:0 0 1rem}
h1,h2{line-height:1.3}h2{font-size:1.3rem;margin:0 0 1rem}
fieldset{border:0;margin:0;padding:0}legend{padding:0;margin-bottom:1rem;font-size:1.3rem;font-weight:600}
.scale{display:grid;grid-template-columns:repeat(auto-fit,minmax(2.9rem,1fr));gap:.4rem}
.score{min-height:3rem;font:inherit;font-weight:600;border:2px solid var(--line);border-radius:.5rem;background:#fff;color:var(--ink);cursor:pointer}
.score:hover{border-color:var(--accent)}.score[aria-pressed=true]{background:var(--accent);border-color:var(--accent);color:#fff}
.ends{display:flex;justify-content:space-between;gap:1rem;margin-top:.5rem;font-size:.9rem;color:var(--muted)}
label{display:block;font-weight:600;font-size:1.2rem;margin-bottom:.25rem}
.hint{margin:0 0 .5rem;color:var(--muted);font-size:.95rem}
textarea{width:100%;min-height:8rem;font:inherit;padding:.6rem;border:2px solid var(--line);border-radius:.5rem;background:#fff;color:var(--ink)}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}
.primary,.secondary{min-height:2.9rem;padding:0 1.25rem;font:inherit;font-weight:600;border-radius:.5rem;cursor:pointer}
.primary{background:var(--accent);color:#fff;border:2px solid var(--accent)}.secondary{background:#fff;color:var(--accent);border:2px solid var(--accent)}
:focus-visible{outline:3px solid #e37400;outline-offset:2px}
#status{min-height:1.5rem;color:var(--muted)}#status.error{color:#a50e0e}
.intro{margin:0 0 1rem}
.question{margin-top:1.5rem}.question legend{font-size:1.2rem;margin-bottom:.5rem}
.options{display:flex;flex-wrap:wrap;gap:.4rem}
.option{display:flex;align-items:center;gap:.5rem;min-height:2.9rem;padding:0 .8rem;font-weight:400;font-size:1rem;margin:0;border:2px solid var(--line);border-radius:.5rem;background:#fff;cursor:pointer}
.option input{width:1.2rem;height:1.2rem;margin:0;accent-color:var(--accent)}
.option:has(input:checked){border-color:var(--accent)}
`;

/** A survey's own text for the page's language, else its English one (undefined: the shipped text applies). */
function ownText(
  texts: SurveyTextsInput,
  language: string,
  field: 'intro' | 'question' | 'thanks',
): string | undefined {
  return texts[language]?.[field] || texts.en?.[field] || undefined;
}

/** One of the survey's own questions, answered with the comment (every one is optional). */
function renderQuestion(q: SurveyQuestion, language: string): string {
  const name = `q-${q.id}`;
  const label = escapeHtml(localisedText(q.text, language));
  const data = `data-question="${escapeHtml(q.id)}" data-type="${q.type}"`;
  if (q.type === 'text')
    return `<div class="question" ${data}><label for="${escapeHtml(name)}">${label}</label>
<textarea id="${escapeHtml(name)}" name="${escapeHtml(name)}" maxlength="5000"></textarea></div>`;
  const options: { value: string; text: string }[] =
    q.type === 'rating'
      ? Array.from({ length: q.max - q.min + 1 }, (_, i) => ({
          value: String(q.min + i),
          text: String(q.min + i),
        }))
      : q.options.map((o) => ({ value: o.id, text: localisedText(o.text, language) }));
  const input = q.type === 'choice' && q.multiple ? 'checkbox' : 'radio';
  const items = options
    .map(
      (o) =>
        `<label class="option"><input type="${input}" name="${escapeHtml(name)}" value="${escapeHtml(o.value)}">${escapeHtml(o.text)}</label>`,
    )
    .join('');
  return `<fieldset class="question" ${data}><legend>${label}</legend><div class="options">${items}</div></fieldset>`;
}

/** A whole page around some content, in the customer's language. */
export function page(language: string, title: string, body: string, script: boolean): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>${body}${script ? '<script src="/s/assets/survey.js" defer></script>' : ''}</body></html>`;
}

/** The survey: the score in one tap, then "why?", then thanks. */
export function renderSurveyPage(
  target: SurveyTarget,
  token: string,
  language: string,
  texts: SurveyTexts,
): string {
  const { kind, texts: own, questions } = target.survey;
  const org = target.organisation.name;
  const range = SCORE_RANGE[kind];
  const question = ownText(own, language, 'question') ?? texts.question[kind](org);
  const intro = ownText(own, language, 'intro');
  const thanksBody = ownText(own, language, 'thanks') ?? texts.thanksBody;
  // A text question with the id `reason` is the survey's wording of "why?": it labels the comment box.
  const reason = questions.find((q) => q.type === 'text' && q.id === 'reason');
  const why = reason ? localisedText(reason.text, language) || texts.why : texts.why;
  const asked = questions.filter((q) => q !== reason);
  const buttons: string[] = [];
  for (let s = range.min; s <= range.max; s += 1) {
    buttons.push(
      `<button type="button" class="score" data-score="${s}" aria-pressed="false" aria-label="${escapeHtml(
        texts.scoreLabel(s),
      )}">${s}</button>`,
    );
  }
  const body = `<main id="survey" data-token="${escapeHtml(token)}" data-language="${escapeHtml(language)}"
 data-saving="${escapeHtml(texts.saving)}" data-saved="${escapeHtml(texts.saved)}" data-failed="${escapeHtml(texts.failed)}"
 data-editable="${escapeHtml(texts.editableUntil('{time}'))}">
<h1 class="org">${escapeHtml(org)}</h1>
${intro ? `<p class="intro">${escapeHtml(intro)}</p>` : ''}<section id="step-score"><fieldset><legend>${escapeHtml(question)}</legend>
<div class="scale">${buttons.join('')}</div>
<div class="ends" aria-hidden="true"><span>${range.min} — ${escapeHtml(texts.low[kind])}</span><span>${range.max} — ${escapeHtml(texts.high[kind])}</span></div>
</fieldset></section>
<section id="step-why" hidden><form id="why-form">
<label for="comment">${escapeHtml(why)}</label><p class="hint" id="why-hint">${escapeHtml(texts.whyHint)}</p>
<textarea id="comment" name="comment" maxlength="5000" aria-describedby="why-hint"></textarea>
${asked.map((q) => renderQuestion(q, language)).join('\n')}
<div class="actions"><button type="submit" class="primary">${escapeHtml(texts.send)}</button>
<button type="button" class="secondary" id="skip">${escapeHtml(texts.skip)}</button></div></form></section>
<section id="step-thanks" hidden><h2 id="thanks-title" tabindex="-1">${escapeHtml(texts.thanks)}</h2>
<p>${escapeHtml(thanksBody)}</p><p id="editable"></p>
<div class="actions"><button type="button" class="secondary" id="change">${escapeHtml(texts.change)}</button></div></section>
<p id="status" role="status" aria-live="polite"></p>
</main>`;
  return page(language, question, body, true);
}

/** A page with a single message (closed survey, bad link, already answered). */
export function renderMessagePage(language: string, org: string | null, message: string): string {
  return page(
    language,
    message,
    `<main>${org ? `<p class="org">${escapeHtml(org)}</p>` : ''}<h1>${escapeHtml(message)}</h1></main>`,
    false,
  );
}

/** The unsubscribe page: one button that posts the request. */
export function renderUnsubscribePage(
  language: string,
  org: string,
  texts: SurveyTexts,
  done: boolean,
): string {
  const body = done
    ? `<main><p class="org">${escapeHtml(org)}</p><h1>${escapeHtml(texts.unsubscribed)}</h1></main>`
    : `<main><p class="org">${escapeHtml(org)}</p><h1>${escapeHtml(texts.unsubscribeTitle)}</h1>
<form method="post"><div class="actions"><button type="submit" class="primary">${escapeHtml(texts.unsubscribeButton)}</button></div></form></main>`;
  return page(language, texts.unsubscribeTitle, body, false);
}
