import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Where the browser tests leave their screenshots (CI keeps test-results/). */
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/**
 * Chromium in a fresh profile against a server already listening: the server's base URL, the browser context,
 * and one close for the browser, the server and the profile.
 */
export async function openBrowser(
  server: Server,
): Promise<{ base: string; context: BrowserContext; close: () => Promise<void> }> {
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'bulletin-chromium-'));
  const context = await launchChromium(profile);
  const close = async () => {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(profile, { recursive: true, force: true });
  };
  return { base, context, close };
}
