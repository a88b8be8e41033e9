import type { Messages } from '../messages';
import type { en } from '../en';
import { common } from './common';

export const zhCN: Messages<typeof en> = { common };
