import { createServer, type Server } from 'node:http';
import { type BrowserContext, chromium } from 'playwright-core';
import type { MemoryStore } from '../helpers/fakes.js';

/** Debian's chromium (apt-get install chromium; .ci/apt-packages), or CHROMIUM_PATH: Playwright never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The archive as it is served: "/" is the index, every other path is the S3 key itself. */
export function serve(objects: MemoryStore): Promise<Server> {
  const http = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1);
    const object = objects.objects.get(path === '' ? 'archive/index.html' : path);
    if (!object) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': object.type }).end(Buffer.from(object.bytes));
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

/** Headless Chromium with a fresh profile, nothing reaching out to the network on its own. */
export function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
