import type { Messages } from '../messages';
import type { en } from '../en';
import { app } from './app';
import { common } from './common';
import { compare } from './compare';
import { hosting } from './hosting';
import { output } from './output';
import { responsesApi } from './responses-api';
import { security } from './security';
import { thread } from './thread';
import { toolTests } from './tool-tests';
import { tools } from './tools';
import { ui } from './ui';

export const zhCN: Messages<typeof en> = {
  app,
  common,
  compare,
  hosting,
  output,
  responsesApi,
  security,
  thread,
  toolTests,
  tools,
  ui,
};
