/**
 * Tests switch to 简体中文 synchronously (`i18n.changeLanguage('zh-CN')`); in the app its catalogue is
 * a chunk loaded on demand, so register it up front here.
 */
import { registerCatalogue } from '../src/i18n';
import { zhCN } from '../src/i18n/zh-CN';

registerCatalogue('zh-CN', zhCN);
