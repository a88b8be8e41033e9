import { describe, expect, it } from 'vitest';
import { appDirectory, demoBaseUrl, isDemoUrl, pageLink } from './app-location';

describe('appDirectory', () => {
  it('is the page directory, sub-path included, without query or hash', () => {
    expect(appDirectory('https://u.github.io/repo/')).toBe('https://u.github.io/repo/');
    expect(appDirectory('https://u.github.io/repo/index.html?x=1#share=abc')).toBe(
      'https://u.github.io/repo/',
    );
    expect(appDirectory('http://127.0.0.1:5180/')).toBe('http://127.0.0.1:5180/');
    expect(appDirectory('http://127.0.0.1:5180/#request=e30')).toBe('http://127.0.0.1:5180/');
  });
});

describe('demoBaseUrl', () => {
  it('stays /demo/v1 at the root and follows a sub-path', () => {
    expect(demoBaseUrl('http://127.0.0.1:5180/')).toBe('http://127.0.0.1:5180/demo/v1');
    expect(demoBaseUrl('https://docs.relay.cn/playground/')).toBe('https://docs.relay.cn/playground/demo/v1');
  });
});

describe('isDemoUrl', () => {
  const dir = 'https://h.test/some/path/';
  it('accepts the demo directory and everything under it', () => {
    expect(isDemoUrl('https://h.test/some/path/demo/v1/responses', dir)).toBe(true);
    expect(isDemoUrl('https://h.test/some/path/demo/v1/models?x=1', dir)).toBe(true);
    expect(isDemoUrl('https://h.test/some/path/demo', dir)).toBe(true);
  });
  it('refuses everything else: other hosts, other paths, look-alikes', () => {
    expect(isDemoUrl('https://other.test/some/path/demo/v1/responses', dir)).toBe(false);
    expect(isDemoUrl('http://h.test/some/path/demo/v1/responses', dir)).toBe(false);
    expect(isDemoUrl('https://h.test/demo/v1/responses', dir)).toBe(false);
    expect(isDemoUrl('https://h.test/some/path/demonstration/v1', dir)).toBe(false);
    expect(isDemoUrl('https://h.test/some/path/index.html', dir)).toBe(false);
    expect(isDemoUrl('https://h.test/some/path/assets/demo/x.js', dir)).toBe(false);
    expect(isDemoUrl('not a url', dir)).toBe(false);
  });
});

describe('pageLink', () => {
  it('keeps the sub-path and query and replaces the hash', () => {
    expect(pageLink('https://u.github.io/repo/?lang=zh#old', '#share=abc')).toBe(
      'https://u.github.io/repo/?lang=zh#share=abc',
    );
    expect(pageLink('http://127.0.0.1:5180/', '#request=e30')).toBe('http://127.0.0.1:5180/#request=e30');
  });
});
