import type { Messages } from '../messages';
import type { en } from '../en';
import { common } from './common';
import { compare } from './compare';
import { editor } from './editor';
import { hosting } from './hosting';
import { responsesApi } from './responses-api';
import { security } from './security';
import { toolTests } from './tool-tests';
import { ui } from './ui';

export const zhCN: Messages<typeof en> = {
  common,
  compare,
  editor,
  hosting,
  responsesApi,
  security,
  toolTests,
  ui,
};
