/**
 * An element of ours on someone else's page: a custom-named host with an open shadow root, so the
 * site's styles cannot reach in and ours cannot leak out.
 */
export function shadowHost(tag: `postcheck-${string}`, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
