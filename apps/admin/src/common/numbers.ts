import { useLocaleState } from 'react-admin';

/** Numbers grouped as the reader's language writes them: 2.568 in Vietnamese, 2,568 in English. */
export function useFormatNumber(): (value: number) => string {
  const [locale] = useLocaleState();
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN');
  return (value: number) => format.format(value);
}
