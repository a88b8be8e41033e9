import type { Messages } from '../messages';
import type { en } from '../en';
import { app } from './app';
import { code } from './code';
import { common } from './common';
import { compare } from './compare';
import { connection } from './connection';
import { doctor } from './doctor';
import { editor } from './editor';
import { errors } from './errors';
import { history } from './history';
import { hosting } from './hosting';
import { output } from './output';
import { presets } from './presets';
import { responsesApi } from './responses-api';
import { security } from './security';
import { thread } from './thread';
import { toolTests } from './tool-tests';
import { tools } from './tools';
import { ui } from './ui';

export const zhCN: Messages<typeof en> = {
  app,
  code,
  common,
  compare,
  connection,
  doctor,
  editor,
  errors,
  history,
  hosting,
  output,
  presets,
  responsesApi,
  security,
  thread,
  toolTests,
  tools,
  ui,
};
