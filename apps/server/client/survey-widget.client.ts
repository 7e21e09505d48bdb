// The website widget: a small button in a corner that opens the survey in a frame. The snippet is
// `<script async src="https://centric.example/s/widget/TOKEN.js">`; the token and origin come from that URL.

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  const source = new URL(script.src);
  const token = /\/s\/widget\/([^/]+)\.js$/.exec(source.pathname)?.[1];
  if (!token) return;
  const lang = document.documentElement.lang || navigator.language || 'en';
  const fr = lang.toLowerCase().startsWith('fr');
  const box = document.createElement('div');
  box.style.cssText =
    'position:fixed;right:16px;bottom:16px;z-index:2147483647;font:16px system-ui,sans-serif;max-width:calc(100vw - 32px)';
  const open = document.createElement('button');
  open.type = 'button';
  open.textContent = fr ? 'Votre avis' : 'Your feedback';
  open.style.cssText =
    'background:#0b57d0;color:#fff;border:0;border-radius:24px;padding:12px 20px;font:inherit;font-weight:600;cursor:pointer';
  const frame = document.createElement('iframe');
  frame.title = fr ? 'Enquête de satisfaction' : 'Feedback survey';
  frame.style.cssText =
    'display:none;width:min(420px,calc(100vw - 32px));height:min(560px,calc(100vh - 96px));border:1px solid #c4ccd6;border-radius:12px;background:#fff';
  open.addEventListener('click', () => {
    if (!frame.src) frame.src = `${source.origin}/s/${token}?embed=1`;
    const shown = frame.style.display !== 'none';
    frame.style.display = shown ? 'none' : 'block';
    open.setAttribute('aria-expanded', String(!shown));
  });
  open.setAttribute('aria-expanded', 'false');
  box.append(frame, open);
  document.body.append(box);
})();

export {};
