/**
 * Component tests (jsdom): unmount what a test rendered, and empty storage, so tests never see
 * each other's DOM or persisted state.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
