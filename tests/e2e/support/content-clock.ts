/**
 * A clock the test moves for the content script of one page, so a test need not wait out (and race) the
 * content script's timed windows, e.g. the first seconds after load that lib/content/observe.ts watches.
 *
 * Before the extension's content script runs, its isolated world gets a `performance.now()`, `Date.now()`,
 * `setTimeout` and `clearTimeout` that follow real time plus what the test has added with advance(ms);
 * timers due by then run at once, as they would have had the time passed. Installed through the page's
 * debugger (a breakpoint on the content script's first statement, resumed at once), so the built
 * extension runs as shipped.
 * The page itself keeps the real clock.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from '../harness';

export interface ContentClock {
  /** Moves the content script's time on by `ms`, running every timer due by then. */
  advance(ms: number): Promise<void>;
}

// Runs in the content script's world, before the content script. A function, so it is type-checked.
function install(): void {
  const scope = globalThis as unknown as { __postcheckTestClock?: { advance(ms: number): void } };
  if (scope.__postcheckTestClock) return;
  let offset = 0;
  const realNow = performance.now.bind(performance);
  const realDateNow = Date.now.bind(Date);
  const realSet = globalThis.setTimeout.bind(globalThis);
  const realClear = globalThis.clearTimeout.bind(globalThis);
  type Timer = { run: () => void; due: number; real: ReturnType<typeof setTimeout> };
  const timers = new Map<number, Timer>();
  let nextId = 1;
  const fire = (id: number) => {
    const timer = timers.get(id);
    if (!timer) return;
    timers.delete(id);
    realClear(timer.real);
    timer.run();
  };
  performance.now = () => realNow() + offset;
  Date.now = () => realDateNow() + offset;
  globalThis.setTimeout = ((handler: TimerHandler, ms = 0, ...args: unknown[]) => {
    const id = nextId++;
    const run = () => (typeof handler === 'function' ? (handler as (...a: unknown[]) => void)(...args) : undefined);
    timers.set(id, { run, due: performance.now() + Number(ms), real: realSet(() => fire(id), ms) });
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((id?: number) => {
    const timer = id === undefined ? undefined : timers.get(id);
    if (!timer) return;
    realClear(timer.real);
    timers.delete(id!);
  }) as typeof clearTimeout;
  scope.__postcheckTestClock = {
    advance(ms) {
      offset += ms;
      const now = performance.now();
      for (const [id, timer] of [...timers].sort((a, b) => a[1].due - b[1].due)) if (timer.due <= now) fire(id);
    },
  };
}

/** Opens `url` in a new tab of `ext` with the content script on a clock the test moves. */
export async function openWithContentClock(ext: ExtensionSession, url: string): Promise<{ page: Page; clock: ContentClock }> {
  const page = await ext.context.newPage();
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  const origin = `chrome-extension://${ext.extensionId}`;
  let world: number | undefined;
  let installed: number | undefined;
  let failure: string | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin && context.auxData?.type === 'isolated') world = context.id;
  });
  // Paused on the content script's first statement: the clock goes into its world, then it runs.
  cdp.on('Debugger.paused', (event) => {
    void (async () => {
      try {
        const frame = event.callFrames[0];
        if (event.hitBreakpoints?.length && frame) {
          const { exceptionDetails } = await cdp.send('Debugger.evaluateOnCallFrame', {
            callFrameId: frame.callFrameId,
            expression: `(${install.toString()})()`,
          });
          if (exceptionDetails) failure = exceptionDetails.text;
          else installed = world;
        }
      } finally {
        await cdp.send('Debugger.resume').catch(() => {});
      }
    })();
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setBreakpointByUrl', { urlRegex: `^${origin}/content-scripts/`, lineNumber: 0, columnNumber: 0 });
  await page.goto(url);
  return {
    page,
    clock: {
      async advance(ms) {
        if (installed === undefined)
          throw new Error(`the content clock is not in ${url}: ${failure ?? 'the content script has not started'}`);
        const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
          expression: `globalThis.__postcheckTestClock.advance(${ms})`,
          contextId: installed,
        });
        if (exceptionDetails) throw new Error(`content clock: ${exceptionDetails.text}`);
      },
    },
  };
}
