/**
 * The English catalogue, one namespace per area (a file each, so work on different panes does not
 * collide). Add a namespace here and in ../zh-CN/index.ts; i18n.test.ts checks both have the same keys.
 */
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

export const en = {
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
