/**
 * Hostile values through the languages this machine cannot run (and, as a cross-check, those it can:
 * server/codegen-hostile.test.ts runs them). Each snippet is read back with a lexer for its language
 * (testing/literal-scanner.ts): the code around the literals must be the same as for harmless values,
 * nothing may interpolate, and the literals must decode to exactly the URL, headers and body.
 */
import { describe, expect, it } from 'vitest';
import { generateSnippet } from './languages';
import { cString, goString, javaString, powershellString, rubyString, swiftString } from './literals';
import { benignCodeRequest, HOSTILE_ENV, hostileCodeRequest } from './testing/hostile-corpus';
import { LANGUAGES, scanLiterals } from './testing/literal-scanner';

const hostile = hostileCodeRequest();
const benign = benignCodeRequest();

describe.each(Object.keys(LANGUAGES))('%s, read back by its own lexing rules', (language) => {
  const scan = () => scanLiterals(language, generateSnippet(language, hostile));

  it('has the same code around its literals as for harmless values', () => {
    expect(scan().skeleton).toBe(scanLiterals(language, generateSnippet(language, benign)).skeleton);
  });

  it('decodes to exactly the URL, every header and the body text', () => {
    const scanned = scan();
    const literals = new Set(scanned.literals);
    expect(literals).toContain(hostile.url);
    expect(literals).toContain(hostile.bodyText.trim());
    for (const header of hostile.headers) {
      if (header.env) {
        const read = literals.has(HOSTILE_ENV.name) || scanned.skeleton.includes(`$env:${HOSTILE_ENV.name}`);
        expect(read, 'the credential header reads its variable').toBe(true);
        continue;
      }
      const joined = literals.has(`${header.name}: ${header.value}`);
      if (!joined) {
        expect(literals, header.name).toContain(header.name);
        expect(literals, header.name).toContain(header.value);
      }
    }
  });
});

describe('the scanner catches what the escapers prevent', () => {
  it('refuses interpolation and unescaped quotes', () => {
    expect(() => scanLiterals('php', '$a = "x $b";')).toThrow(/interpolation/);
    expect(() => scanLiterals('ruby', 'a = "#{b}"')).toThrow(/interpolation/);
    expect(() => scanLiterals('swift', 'let a = "\\(b)"')).toThrow(/interpolation/);
    expect(() => scanLiterals('csharp', 'var a = $"{b}";')).toThrow(/C#/);
    expect(() => scanLiterals('powershell', '$a = "$(b)"')).toThrow(/PowerShell/);
    expect(() => scanLiterals('c', 'char *a = "??/";')).toThrow(/trigraph/);
    expect(() => scanLiterals('java', 'String a = "\\u0022";')).toThrow(/unclosed/);
    // A value that ends its literal changes the skeleton: PHP's old snippet did exactly this.
    const naive = (v: string) => `request('POST', '${v}');`;
    expect(scanLiterals('php', naive(`a'.touch('x').'`)).skeleton).not.toBe(
      scanLiterals('php', naive('a')).skeleton,
    );
  });
});

describe('literal encoders', () => {
  it('write controls, NUL and invisible characters as escapes', () => {
    expect(goString('\0\ufeff\u202e')).toBe('"\\x00\\uFEFF\\u202E"');
    expect(javaString('\0\n\u0085\u2028a你')).toBe('"\\000\\n\\u0085\\u2028a\\u4F60"');
    expect(cString('??/\0\u202e1')).toBe('"\\?\\?/\\000\\342\\200\\2561"');
    expect(swiftString('\\(x)\0')).toBe('"\\\\(x)\\u{0}"');
    expect(rubyString('#{x}')).toBe('"\\#{x}"');
    expect(powershellString("it's ‘q’\u202e")).toBe("'it''s ‘‘q’’' + [char]0x202E");
    expect(powershellString('\u0001')).toBe("'' + [char]0x0001");
    expect(powershellString('')).toBe("''");
  });
  it('write a lone surrogate as U+FFFD (what any client would send)', () => {
    expect(goString('a\ud800b')).toBe('"a\ufffdb"');
  });
});
