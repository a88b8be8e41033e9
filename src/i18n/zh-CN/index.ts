import type { Messages } from '../messages';
import type { en } from '../en';
import { common } from './common';
import { compare } from './compare';
import { hosting } from './hosting';
import { toolTests } from './tool-tests';

export const zhCN: Messages<typeof en> = { common, compare, hosting, toolTests };
