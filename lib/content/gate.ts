/**
 * The post gate's nudge: a short note by the Post button when the verdict is "fix".
 * It never blocks for long: the next click on Post goes through, and the draft is untouched.
 */
import { message } from './i18n';
import { shadowHost } from './shadow';

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; }
div { box-sizing: border-box; max-width: 280px; padding: 8px 12px; border-radius: 8px; background: #c62828; color: #fff;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
`;

export function showGateNudge(button: Element, open: number): () => void {
  const { host, shadow } = shadowHost('postcheck-gate', STYLE);
  const note = document.createElement('div');
  note.setAttribute('role', 'status');
  const n = String(open);
  note.textContent = message('gateNudge', `Postcheck: ${n} to fix before posting. Click Post again to post anyway.`, [n]);
  shadow.append(note);
  const rect = button.getBoundingClientRect();
  host.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - 290))}px`;
  host.style.top = `${rect.bottom + 8 + 60 > window.innerHeight ? Math.max(8, rect.top - 60) : rect.bottom + 8}px`;
  document.documentElement.append(host);
  const timer = setTimeout(() => host.remove(), 8000);
  return () => {
    clearTimeout(timer);
    host.remove();
  };
}
