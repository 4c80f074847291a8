import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, GraphQLEnumType } from 'graphql';
import raEnglish from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { ENUMS } from '../common/enums';
import { englishMessages } from './en';
import { i18nProvider } from './index';
import { vietnameseMessages } from './vi';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const vi = flatten(vietnameseMessages as Tree);
const en = flatten(englishMessages as Tree);

describe('translations', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it('covers every key react-admin publishes', () => {
    const missing = Object.keys(flatten(raEnglish as Tree)).filter((key) => !(key in vi));
    expect(missing).toEqual([]);
  });

  it('leaves no react-admin text in English in the Vietnamese set', () => {
    // Texts that are the same in both languages: placeholders and the word "Email".
    const same = new Set(['%{name}', ' ', 'Email']);
    const untranslated = Object.entries(flatten(raEnglish as Tree)).filter(
      ([key, english]) => vi[key] === english && !same.has(english),
    );
    expect(untranslated).toEqual([]);
  });

  it('labels every value of the API enums in both languages', () => {
    const sdl = readFileSync(createRequire(import.meta.url).resolve('@chibo/graphql-types/schema.graphql'), 'utf8');
    const schema = buildSchema(sdl);
    for (const name of Object.keys(ENUMS) as Array<keyof typeof ENUMS>) {
      const type = schema.getType(name);
      expect(type).toBeInstanceOf(GraphQLEnumType);
      const values = (type as GraphQLEnumType).getValues().map((v) => v.name);
      expect([...ENUMS[name]].sort()).toEqual(values.sort());
      for (const value of values) {
        expect(vi[`chibo.enums.${name}.${value}`], `${name}.${value} (vi)`).toBeTruthy();
        expect(en[`chibo.enums.${name}.${value}`], `${name}.${value} (en)`).toBeTruthy();
      }
    }
  });

  it('speaks Vietnamese by default and switches to English', async () => {
    expect(i18nProvider.getLocale()).toBe('vi');
    expect(i18nProvider.translate('chibo.enums.BranchKind.RESIDENTIAL')).toBe('Tổ dân phố');
    expect(i18nProvider.translate('ra.navigation.page_range_info', { offsetBegin: 1, offsetEnd: 25, total: 54 })).toBe('1–25 trong 54');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('chibo.enums.PositionRole.BRANCH_SECRETARY')).toBe('Branch secretary');
    await i18nProvider.changeLocale('vi');
  });

  it('shows a server message that is no key as it is', () => {
    expect(i18nProvider.translate('Chi bộ chưa được thành lập vào ngày này.')).toBe('Chi bộ chưa được thành lập vào ngày này.');
  });
});
