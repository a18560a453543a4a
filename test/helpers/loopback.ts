// Starting and stopping the tests' HTTP servers on loopback: one home for both fakes (GitHub's
// API and the Actions cache service).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on a free port of 127.0.0.1; the server's origin, `http://127.0.0.1:PORT`. */
export async function listenOnLoopback(http: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(0, '127.0.0.1', resolve);
  });
  const { port } = http.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Closes the server and every connection still open to it. */
export async function closeServer(http: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeAllConnections();
  await closed;
}
