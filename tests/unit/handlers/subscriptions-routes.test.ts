import { describe, expect, it } from 'vitest';
import { route } from '../../../functions/handlers/subscriptions-routes.js';
import type { SubscriptionDeps } from '../../../functions/use-cases/manage-subscription.js';
import { apiEvent } from '../../helpers/api-events.js';

// GET /subscribe and a refused POST never touch the ports.
const noDeps = {} as SubscriptionDeps;

describe('the subscribe page', () => {
  it('is Azerbaijani by default, English with the switch, each linking the other', async () => {
    const az = (await route(noDeps, apiEvent('GET', '/subscribe'))).body ?? '';
    expect(az).toContain('<html lang="az">');
    expect(az).toContain('<button type="submit">Həftəlik bülletenə abunə olun</button>');
    expect(az).toContain('href="/subscribe?lang=en"');
    const en = (await route(noDeps, apiEvent('GET', '/subscribe?lang=en'))).body ?? '';
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<button type="submit">Subscribe to the weekly bulletin</button>');
    expect(en).toContain('href="/subscribe?lang=az"');
    expect(en).not.toContain('>Weekly cooperation bulletin</button>');
  });

  it('says what the bulletin is, links the latest issue and labels every field; the name is optional', async () => {
    for (const [lang, latest, name] of [
      ['az', 'Son buraxılışı oxuyun', 'Adınız (istəyə bağlı)'],
      ['en', 'Read the latest issue', 'Your name (optional)'],
    ] as const) {
      const html = (await route(noDeps, apiEvent('GET', `/subscribe?lang=${lang}`))).body ?? '';
      expect(html).toContain(`<a href="/archive/${lang}/index.html#latest">${latest}</a>`);
      expect(html).toMatch(
        /<label for="email">[^<]+<\/label><input type="email" id="email" name="email" required/,
      );
      expect(html).toContain(
        `<label for="name">${name}</label><input type="text" id="name" name="name" maxlength="100"`,
      );
      expect(html).not.toMatch(/id="name"[^>]*required/);
      expect(html).toContain(`<input type="hidden" name="lang" value="${lang}">`);
      // The same frame as the archive: its navigation and footer.
      expect(html).toContain(`href="/archive/${lang}/search.html"`);
      expect(html).toContain('<footer>');
    }
  });

  it('answers a refused address in the language of the form, with the form again', async () => {
    const response = await route(
      noDeps,
      apiEvent('POST', '/subscribe', { email: 'x', edition: 'az', lang: 'az' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Düzgün e-poçt ünvanı yazın');
    expect(response.body).toContain('name="email"');
    const en = await route(noDeps, apiEvent('POST', '/subscribe', { email: 'x', edition: 'az', lang: 'en' }));
    expect(en.body).toContain('Please give a valid email address');
  });
});
