/**
 * Which function tools the demo "model" calls for a user's text: the ones the text names or clearly
 * describes, as a real model would, so tool tests teach something offline. "Names" means the tool's
 * name (`get_weather`, or `get weather`) or one of its name's words ("weather"); "clearly describes"
 * means at least two of the description's key terms (words, or two-character runs of CJK text).
 * Text that asks for every tool at once ("all tools", "in parallel", "并行", "所有工具") gets them all.
 */
import type { FunctionTool } from './request';

/** Name words too common to point at one tool (get_weather → "weather", not "get"). */
const GENERIC_WORDS = new Set(
  'get set list create update delete remove fetch find make run do add the and for with tool tools function call current info data item items by of to from new'.split(
    ' ',
  ),
);

/** Description words that say nothing about what a tool is for. */
const STOP_WORDS = new Set(
  'about also any are been can does each every from given have into its just like more most must only other over returns return same some such than that the their them then there these this those tool function use used uses using value values when where which while will with your optional default specified provided information'.split(
    ' ',
  ),
);

/** CJK pairs that occur in most descriptions ("获取", "支持", "当前"…). */
const STOP_BIGRAMS = new Set([
  '获取',
  '支持',
  '当前',
  '指定',
  '用于',
  '返回',
  '一个',
  '可以',
  '进行',
  '以及',
  '包括',
  '使用',
]);

const ASKS_FOR_ALL =
  /\b(all|every|each) (of )?(the |your |these )?(tools|functions)\b|\bin parallel\b|\bparallel (tool|function) call|并行|所有(的)?(工具|函数)|全部(工具|函数)/i;

/** The tools `text` names or describes, in the request's order; every tool when it asks for all. */
export function toolsForText(tools: readonly FunctionTool[], text: string): FunctionTool[] {
  if (ASKS_FOR_ALL.test(text)) return [...tools];
  const lower = text.toLowerCase();
  const words = new Set(wordsOf(lower).map(stem));
  return tools.filter((tool) => named(tool.name, lower, words) || described(tool.description, lower, words));
}

function named(name: string, lower: string, words: ReadonlySet<string>): boolean {
  const plain = name.toLowerCase();
  if (plain.length > 0 && (lower.includes(plain) || lower.includes(plain.replace(/[_.-]+/g, ' '))))
    return true;
  return nameWords(name).some((word) => words.has(stem(word)));
}

function described(description: string | undefined, lower: string, words: ReadonlySet<string>): boolean {
  if (!description) return false;
  const terms = new Set<string>();
  for (const word of wordsOf(description.toLowerCase()))
    if (word.length >= 4 && !STOP_WORDS.has(word) && words.has(stem(word))) terms.add(stem(word));
  for (const run of description.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [])
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!STOP_BIGRAMS.has(pair) && lower.includes(pair)) terms.add(pair);
    }
  return terms.size >= 2;
}

/** `getWeather`, `get_weather`, `get-weather` → ["weather"] (generic words dropped). */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !GENERIC_WORDS.has(word));
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A crude plural fold, enough for "emails" ≈ "email", "cities" ≈ "city". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
