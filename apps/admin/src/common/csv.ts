import { downloadCSV, type Exporter, type RaRecord, useTranslate } from 'react-admin';
import { formatDay } from './days';
import { type EnumName, enumLabel } from './enums';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Cell = string | number | boolean | null | undefined;

/** One exported column: a translated header and the cell text of a record. */
export interface CsvColumn<R> {
  header: string;
  value: (record: R, translate: Translate) => Cell;
}

const quote = (cell: Cell): string => {
  const text = cell == null ? '' : String(cell);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV with a byte-order mark: Excel, which ward offices open exports with, reads a CSV without one
 * in the local code page and garbles every Vietnamese letter.
 */
export function toCsv(rows: Cell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** Column helpers: a plain field, a day as dd/MM/yyyy, an enum label, a yes/no. */
export const col = {
  text: <R,>(header: string, get: (r: R) => Cell): CsvColumn<R> => ({ header, value: (r) => get(r) }),
  day: <R,>(header: string, get: (r: R) => string | null | undefined): CsvColumn<R> => ({
    header,
    value: (r) => formatDay(get(r)),
  }),
  enum: <R,>(header: string, name: EnumName, get: (r: R) => string | null | undefined): CsvColumn<R> => ({
    header,
    value: (r, t) => {
      const v = get(r);
      return v ? t(enumLabel(name, v)) : '';
    },
  }),
  flag: <R,>(header: string, get: (r: R) => boolean | null | undefined): CsvColumn<R> => ({
    header,
    value: (r, t) => (get(r) ? t('chibo.common.yes') : ''),
  }),
};

/** An exporter writing the given columns with headers in the current language, dates as dd/MM/yyyy. */
export function useCsvExporter<R extends RaRecord>(fileName: string, columns: CsvColumn<R>[]): Exporter<R> {
  const translate = useTranslate();
  return (records: R[]) => {
    const header = columns.map((c) => translate(c.header));
    const rows = records.map((record) => columns.map((c) => c.value(record, translate)));
    downloadCSV(toCsv([header, ...rows]), fileName);
  };
}
