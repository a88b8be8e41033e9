import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-CN';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const english = leaves(en);
const chinese = leaves(zhCN);

/**
 * The Chinese UI's name for an English UI string, read from the catalogues (the same key in both);
 * the English string itself while no catalogue has it (that part of the UI is not translated yet).
 */
export function zhName(englishText: string): string {
  for (const [key, value] of english) if (value === englishText) return chinese.get(key) ?? englishText;
  return englishText;
}
