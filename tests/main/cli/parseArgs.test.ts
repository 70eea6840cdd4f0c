import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError, type OptionSpecs } from '../../../main/cli/parseArgs.ts';
import { EXIT, worstExit } from '../../../main/cli/exitCodes.ts';

const specs: OptionSpecs = {
  lang: { type: 'string', choices: ['zh', 'en'], help: { zh: '', en: '' } },
  max: { type: 'integer', help: { zh: '', en: '' } },
  workers: { type: 'integer', min: 1, help: { zh: '', en: '' } },
  layer: { type: 'string', repeat: true, help: { zh: '', en: '' } },
  dry: { type: 'boolean', help: { zh: '', en: '' } },
};

describe('parseArgs', () => {
  it('reads --name value, --name=value, flags, repeats and positionals after --', () => {
    const parsed = parseArgs(
      ['a.json', '--lang=en', '--max', '3', '--layer', 'XZQ', '--layer=GHYDYH', '--dry', '--', '--not-an-option'],
      specs,
    );
    expect(parsed.positionals).toEqual(['a.json', '--not-an-option']);
    expect({ ...parsed.options }).toEqual({ lang: 'en', max: 3, layer: ['XZQ', 'GHYDYH'], dry: true });
  });

  it('takes an integer at its minimum', () => {
    expect(parseArgs(['--workers', '1'], specs).options.workers).toBe(1);
  });

  it('keeps "-" as a positional (stdin or stdout)', () => {
    expect(parseArgs(['-'], specs).positionals).toEqual(['-']);
  });

  it('throws a bilingual UsageError for unknown options, missing values, bad integers and bad choices', () => {
    const cases: [string[], string][] = [
      [['--nope'], '不认识的选项 --nope'],
      [['--max'], '选项 --max 需要一个值'],
      [['--max', '-1'], '选项 --max 需要非负整数，得到 "-1"'],
      [['--workers', '0'], '选项 --workers 需要不小于 1 的整数，得到 "0"'],
      [['--workers', 'abc'], '选项 --workers 需要不小于 1 的整数，得到 "abc"'],
      [['--lang', 'fr'], '选项 --lang 的值 "fr" 无效，可选：zh / en'],
      [['--dry=yes'], '选项 --dry 不带值'],
    ];
    for (const [argv, zh] of cases) {
      try {
        parseArgs(argv, specs);
        expect.unreachable(argv.join(' '));
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        expect((error as UsageError).text.zh).toBe(zh);
      }
    }
  });
});

describe('worstExit', () => {
  it('ranks usage/I-O errors over policy over invalid over ok', () => {
    expect(worstExit([])).toBe(EXIT.ok);
    expect(worstExit([EXIT.ok, EXIT.invalid])).toBe(EXIT.invalid);
    expect(worstExit([EXIT.invalid, EXIT.policy])).toBe(EXIT.policy);
    expect(worstExit([EXIT.policy, EXIT.usage, EXIT.invalid])).toBe(EXIT.usage);
  });
});
