/**
 * Text helpers for Vietnamese. Neither SQLite nor PostgreSQL folds Vietnamese diacritics the same way
 * out of the box, so the application stores a folded search column and a collation key and both databases
 * compare plain ASCII.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds text for accent-insensitive search: "Nguyễn Văn Đức" -> "nguyen van duc". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Joins the searchable parts of a record into one folded string. */
export function searchText(...parts: Array<string | null | undefined>): string {
  return foldForSearch(parts.filter((p): p is string => !!p).join(' '));
}

/** Escapes LIKE wildcards so a user's "%" or "_" matches literally (used with ESCAPE '\\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// The Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
const BASE_LETTERS = [
  'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n',
  'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z',
];
// Tone marks in the order dictionaries use: none, grave, hook, tilde, acute, dot below.
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };
const SHAPE_MARKS: Record<string, string> = { '\u0306': 'breve', '\u0302': 'circumflex', '\u031b': 'horn' };
const SHAPED: Record<string, string> = {
  'a:breve': 'ă', 'a:circumflex': 'â', 'e:circumflex': 'ê', 'o:circumflex': 'ô', 'o:horn': 'ơ', 'u:horn': 'ư',
};

function code2(n: number): string {
  return n.toString(36).padStart(2, '0');
}

/**
 * A key whose plain byte order is the Vietnamese dictionary order: letters first (so "d" < "đ" < "e"),
 * then tones as a tie-break. The key holds only [0-9a-z], so every database collation orders it alike.
 */
export function vietnameseSortKey(text: string): string {
  const letters: string[] = [];
  const tones: string[] = [];
  for (const ch of text.normalize('NFC').toLowerCase()) {
    const decomposed = ch.normalize('NFD');
    let base = decomposed[0] ?? '';
    let tone = 0;
    for (const mark of decomposed.slice(1)) {
      if (TONES[mark]) tone = TONES[mark];
      else if (SHAPE_MARKS[mark]) base = SHAPED[`${base}:${SHAPE_MARKS[mark]}`] ?? base;
    }
    const index = BASE_LETTERS.indexOf(base);
    if (index >= 0) {
      letters.push(code2(100 + index));
      tones.push(String(tone));
    } else if (/[0-9]/.test(base)) {
      letters.push(code2(10 + Number(base)));
      tones.push('0');
    } else if (/\s/.test(base)) {
      letters.push('01');
    }
    // Punctuation is ignored, as in a printed index.
  }
  return `${letters.join('')}00${tones.join('')}`;
}

/**
 * Sort key for a person: Vietnamese lists are ordered by given name (the last word), then by the full name.
 */
export function personSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const given = words[words.length - 1] ?? '';
  return `${vietnameseSortKey(given)}01${vietnameseSortKey(fullName)}`;
}
