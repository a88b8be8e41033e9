/**
 * The English catalogue, one namespace per area (a file each, so work on different panes does not
 * collide). Add a namespace here and in ../zh-CN/index.ts; i18n.test.ts checks both have the same keys.
 */
import { common } from './common';
import { hosting } from './hosting';
import { security } from './security';
import { toolTests } from './tool-tests';

export const en = { common, hosting, security, toolTests };
