import type { Messages } from '../messages';
import type { en } from '../en';
import { app } from './app';
import { common } from './common';
import { compare } from './compare';
import { connection } from './connection';
import { errors } from './errors';
import { history } from './history';
import { hosting } from './hosting';
import { responsesApi } from './responses-api';
import { security } from './security';
import { toolTests } from './tool-tests';
import { tools } from './tools';
import { ui } from './ui';

export const zhCN: Messages<typeof en> = {
  app,
  common,
  compare,
  connection,
  errors,
  history,
  hosting,
  responsesApi,
  security,
  toolTests,
  tools,
  ui,
};
