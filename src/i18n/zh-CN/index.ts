import type { Messages } from '../messages';
import type { en } from '../en';
import { common } from './common';
import { hosting } from './hosting';
import { toolTests } from './tool-tests';
import { ui } from './ui';

export const zhCN: Messages<typeof en> = { common, hosting, toolTests, ui };
