import polyglotI18nProvider from 'ra-i18n-polyglot';
import { englishMessages } from './en';
import { vietnameseMessages } from './vi';

export const LOCALES = [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
];

/** Vietnamese by default; English in the language menu. Both sets are bundled: they are small. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? englishMessages : vietnameseMessages),
  'vi',
  LOCALES,
  { allowMissing: true },
);
