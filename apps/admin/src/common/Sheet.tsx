import { Alert, Box, Card, Stack, Typography } from '@mui/material';
import {
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  type RefObject,
  useCallback,
  useRef,
  useState,
} from 'react';
import { HttpError, Link, Title, useTranslate } from 'react-admin';

/**
 * What the keyboard sheets (attendance, task assignment) share: a plain table of native inputs styled once, so
 * 150 lines render and update at once; a line per member with a text field and its server error under it; the
 * sticky bar of figures and actions; saving the whole sheet, a refused line showing the API's message.
 */

const ERROR_GROUND = '#fdecea';
const FOCUS_OUTLINE = { outline: '2px solid #a31515', outlineOffset: 1 } as const;

/** The table's styles both sheets use; each adds its own columns' and its cells' height. */
export const SHEET_TABLE = {
  width: '100%',
  borderCollapse: 'collapse',
  fontSize: 14,
  '& th': {
    background: '#f3efe9',
    textAlign: 'left',
    fontWeight: 600,
    padding: '6px 8px',
    borderBottom: '2px solid #d8cfc4',
    whiteSpace: 'nowrap',
  },
  '& td.num': { color: 'text.secondary', width: 36, textAlign: 'right' },
  '& .name': { fontWeight: 500 },
  '& .note': { display: 'block', fontSize: 12, color: '#6d4c41', fontStyle: 'italic' },
  '& td.group': { color: 'text.secondary', whiteSpace: 'nowrap', fontSize: 13 },
  '& input[type="radio"], & input[type="checkbox"]': { width: 18, height: 18, cursor: 'pointer', accentColor: '#a31515' },
  '& td input[type="text"]:focus, & td input[type="radio"]:focus-visible, & td input[type="checkbox"]:focus-visible': FOCUS_OUTLINE,
  '& tr.has-error td input[type="text"]': { borderColor: '#d32f2f' },
  '& .error': { color: '#d32f2f', fontSize: 12, marginTop: 2 },
  '& tbody tr:hover': { filter: 'brightness(0.98)' },
} as const;

/** A line's text field in a sheet, with the vertical padding of that sheet. */
export function sheetTextInput(paddingY: number) {
  return {
    width: '100%',
    boxSizing: 'border-box',
    padding: `${paddingY}px 8px`,
    font: 'inherit',
    border: '1px solid #c9c1b6',
    borderRadius: '4px',
    background: '#fff',
  } as const;
}

/** The refusals minus a line's, once that line is changed. */
const withoutLine =
  (index: number) =>
  (current: Record<number, string>): Record<number, string> => {
    if (!(index in current)) return current;
    const { [index]: _gone, ...rest } = current;
    return rest;
  };

type Errors = Record<string, unknown> | undefined;

export interface SheetOptions {
  /** The message above the sheet when lines are refused ("%{smart_count} lines refused"). */
  linesRefused: string;
  /** Where the focus goes in the first refused line: the first of these selectors that matches. */
  focus: readonly string[];
}

/**
 * A sheet's lines, their refusals, and saving: `change` edits one line (and clears its refusal); `save` sends
 * the sheet, and on a refusal puts each named line's message under it and brings the first into view.
 */
export function useSheet<T>({ linesRefused, focus }: SheetOptions) {
  const translate = useTranslate();
  const [lines, setLines] = useState<T[]>([]);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);

  const change = useCallback((index: number, update: (line: T) => T) => {
    setLines((current) => current.map((line, i) => (i === index ? update(line) : line)));
    setErrors(withoutLine(index));
  }, []);

  /**
   * Sends the sheet. On a refusal, `lineErrors` finds the lines named in the API's errors by field, and
   * `refused` receives those errors too (for fields above the lines).
   */
  const save = async (send: () => Promise<void>, lineErrors: (errors: Errors) => Record<number, string>, refused?: (errors: Errors) => void) => {
    setSaving(true);
    setFormError(null);
    try {
      await send();
    } catch (failure) {
      const body = failure instanceof HttpError ? (failure.body as { errors?: Record<string, unknown> } | undefined) : undefined;
      const byLine = lineErrors(body?.errors);
      setErrors(byLine);
      refused?.(body?.errors);
      const root = body?.errors?.root as { serverError?: string } | undefined;
      const message = root?.serverError ?? (failure instanceof Error ? failure.message : 'ra.notification.http_error');
      const named = Object.keys(byLine).map(Number);
      if (named.length > 0) {
        setFormError(translate(linesRefused, { smart_count: named.length }));
        const row = tableRef.current?.querySelectorAll('tbody tr')[Math.min(...named)] as HTMLElement | undefined;
        row?.scrollIntoView({ block: 'center' });
        focus.map((selector) => row?.querySelector<HTMLInputElement>(selector)).find(Boolean)?.focus();
      } else {
        setFormError(translate(message, { _: message }));
      }
    } finally {
      setSaving(false);
    }
  };

  return { lines, setLines, change, errors, setErrors, formError, setFormError, saving, tableRef, save };
}

interface SheetRowProps {
  index: number;
  memberId: string;
  name: string;
  /** Said under the name (why the member is not counted, that they are probationary), with its tooltip. */
  note?: ReactNode;
  noteTitle?: string;
  /** The member's party group; undefined when the sheet has no such column. */
  group?: string;
  error: string | undefined;
  /** The line's ground unless it is refused (then red). */
  background?: string;
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLTableRowElement>) => void;
  /** Cells before the name (a checkbox), and after it and the group (choices). */
  before?: ReactNode;
  after?: ReactNode;
  /** The line's text field: its cell's class, and the input's attributes. */
  textCell: string;
  text: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}

/** One member's line: number, name (and a note), party group, the sheet's own cells, and a text field with its refusal. */
export function SheetRow({ index, memberId, name, note, noteTitle, group, error, background, className, onKeyDown, before, after, textCell, text }: SheetRowProps) {
  return (
    <tr
      onKeyDown={onKeyDown}
      data-member={memberId}
      className={[error ? 'has-error' : '', className ?? ''].join(' ').trim() || undefined}
      style={{ background: error ? ERROR_GROUND : background }}
    >
      <td className="num">{index + 1}</td>
      {before}
      <td>
        <span className="name">{name}</span>
        {note && (
          <span className="note" title={noteTitle}>
            {note}
          </span>
        )}
      </td>
      {group !== undefined && <td className="group">{group}</td>}
      {after}
      <td className={textCell}>
        <input type="text" aria-invalid={error ? true : undefined} {...text} />
        {error && (
          <div className="error" role="alert">
            {error}
          </div>
        )}
      </td>
    </tr>
  );
}

/** A sheet's page, under its title. */
export function SheetPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mt: 1, mb: 4 }}>
      <Title title={title} />
      {children}
    </Box>
  );
}

/** The card above a sheet: what it is for and the way back, then what follows (help, the inputs of its heading). */
export function SheetHeader({
  title,
  back,
  backLabel,
  dense = false,
  children,
}: {
  title: ReactNode;
  back: string;
  backLabel: string;
  /** Less room at the bottom, where inputs end the card. */
  dense?: boolean;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ p: 2, ...(dense ? { pb: 0.5 } : {}), mb: 1 }}>
      <Stack spacing={1}>
        <Stack direction="row" justifyContent="space-between" alignItems="center" useFlexGap flexWrap="wrap" spacing={1}>
          {title}
          <Link to={back} variant="body2">
            {translate(backLabel)}
          </Link>
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

/** The sticky bar above the lines (figures, actions), and the save's refusal under it. */
export function SheetBar({ error, children }: { error: string | null; children: ReactNode }) {
  return (
    <>
      <Card
        variant="outlined"
        sx={{ position: 'sticky', top: 0, zIndex: 2, px: 2, py: 1, mb: 1, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}
      >
        {children}
      </Card>
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
    </>
  );
}

/** The table of lines: its heading cells, and its rows. */
export function SheetTable({ tableRef, sx, head, children }: { tableRef: RefObject<HTMLTableElement | null>; sx: object; head: ReactNode; children: ReactNode }) {
  return (
    <Card variant="outlined">
      <Box component="table" ref={tableRef} sx={sx}>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </Box>
    </Card>
  );
}

/** The keys the sheet answers to, under it. */
export function SheetKeys({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
      {translate(message)}
    </Typography>
  );
}
