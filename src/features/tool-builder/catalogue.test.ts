import { describe, expect, it } from 'vitest';
import { HOSTED_TOOL_SPECS } from '../../core/tools';
import { en } from '../../i18n/en';

/** The core writes English into findings and specs; the English catalogue must say the same. */
describe('the tools catalogue and the core’s English', () => {
  it('names every hosted tool, form field and hint as the specs do', () => {
    const types: Record<string, string> = en.tools.hosted.types;
    const fields: Record<string, string> = en.tools.hosted.fields;
    const hints: Record<string, string> = en.tools.hosted.hints;
    for (const spec of HOSTED_TOOL_SPECS) {
      expect(types[spec.type]).toBe(spec.label);
      for (const field of spec.fields) {
        const id = field.path.join('_');
        expect(fields[id], id).toBe(field.label);
        expect(hints[id], id).toBe(field.hint);
      }
    }
  });
});
