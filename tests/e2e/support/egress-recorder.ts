// A local proxy that the browser must use for every connection: whatever reaches it got past the page
// routing (a service worker's request at start-up, a content script's WebSocket, a preconnect) and
// would have left the machine. It records the request and refuses it.
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

// Chromium's own calls (component updates, account and clock checks), made whatever the extension does.
const CHROMIUM_HOUSEKEEPING = new Set([
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  // the component updater's download redirector
  'redirector.gvt1.com',
]);

export interface EgressRecorder {
  /** Pass to Chromium as --proxy-server. */
  proxyServer: string;
  /** Requests from the pages or the extension that reached the network layer. */
  leaked: string[];
  /** Chromium's own housekeeping requests, kept apart from `leaked`. */
  housekeeping: string[];
  close(): Promise<void>;
}

function hostOf(target: string): string {
  try {
    return new URL(target.includes('://') ? target : `https://${target}`).hostname;
  } catch {
    return target;
  }
}

/** `housekeeping`: the browser's own hosts, recorded apart (Chromium's by default). */
export async function startEgressRecorder(housekeeping: ReadonlySet<string> = CHROMIUM_HOUSEKEEPING): Promise<EgressRecorder> {
  const leaked: string[] = [];
  const own: string[] = [];
  const record = (target: string, entry: string) => (housekeeping.has(hostOf(target)) ? own : leaked).push(entry);
  const refuse = (socket: Socket) => {
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  };

  const server = createServer((request, response) => {
    record(request.url ?? '', `${request.method} ${request.url}`);
    response.writeHead(403, { Connection: 'close' }).end();
  });
  // https and wss arrive as CONNECT host:port; plain ws as an upgrade request.
  server.on('connect', (request, socket: Socket) => {
    record(request.url ?? '', `CONNECT ${request.url}`);
    refuse(socket);
  });
  server.on('upgrade', (request, socket: Socket) => {
    record(request.url ?? '', `UPGRADE ${request.url}`);
    refuse(socket);
  });
  server.on('clientError', (_error, socket: Socket) => socket.destroy());

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    proxyServer: `http://127.0.0.1:${port}`,
    leaked,
    housekeeping: own,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
