import { describe, expect, it } from 'vitest';
import { createProfile } from './profile';
import { profileWithoutSecrets } from './stored-secrets';

describe('profileWithoutSecrets', () => {
  it('empties query keys, credential header values and their echoes in the doctor card', () => {
    const baseUrl = 'https://r.example/v1?api_key=sk-q-1';
    const profile = createProfile('p1', {
      baseUrl,
      headers: [
        { name: 'api-key', value: 'k-2' },
        { name: 'X-Team', value: 'blue' },
      ],
      doctor: {
        version: 1,
        baseUrl,
        checkedAt: 1,
        route: 'direct',
        checks: [{ id: 'cors', label: 'CORS', status: 'fail', summary: `Could not reach ${baseUrl}` }],
        facts: {},
        advice: {},
      },
    });
    const stored = profileWithoutSecrets(profile);
    expect(JSON.stringify(stored)).not.toMatch(/sk-q-1|k-2/);
    expect(stored.baseUrl).toBe('https://r.example/v1?api_key=');
    expect(stored.doctor?.baseUrl).toBe(stored.baseUrl);
    expect(stored.headers).toEqual([
      { name: 'api-key', value: '' },
      { name: 'X-Team', value: 'blue' },
    ]);
    expect(profileWithoutSecrets(createProfile('p2', { baseUrl: 'https://x.test/v1' })).baseUrl).toBe(
      'https://x.test/v1',
    );
  });
});
