import { describe, expect, it } from 'vitest';
import { keyScope } from '../../core/endpoints';

describe('keyScope', () => {
  it('gives one scope to the spellings of one endpoint', () => {
    const scopes = [
      'https://api.x.com',
      'https://api.x.com/',
      'https://API.x.com/v1',
      ' https://api.x.com/v1/ ',
    ].map(keyScope);
    expect(new Set(scopes).size).toBe(1);
  });

  it('separates hosts, ports, schemes and sub-paths', () => {
    const scopes = [
      'https://api.x.com',
      'http://api.x.com',
      'https://api.x.com:8443',
      'https://api.y.com',
      'https://relay.com/openai',
      'https://relay.com/other',
    ].map(keyScope);
    expect(new Set(scopes).size).toBe(scopes.length);
  });

  it('a look-alike host never shares a scope', () => {
    expect(keyScope('https://api.x.com.evil.io/v1')).not.toBe(keyScope('https://api.x.com/v1'));
    expect(keyScope('https://evil.io/api.x.com')).not.toBe(keyScope('https://api.x.com'));
  });
});
