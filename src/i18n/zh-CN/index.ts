import type { Messages } from '../messages';
import type { en } from '../en';
import { common } from './common';
import { hosting } from './hosting';
import { security } from './security';
import { toolTests } from './tool-tests';

export const zhCN: Messages<typeof en> = { common, hosting, security, toolTests };
