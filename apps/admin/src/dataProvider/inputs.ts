import type { Values } from './filters';
import type { ResourceSpec } from './spec';

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** Form values as the API wants them: an emptied input means "no value" (null), never an empty string. */
const normalized = (value: unknown) => (value === '' ? null : value);

function same(a: unknown, b: unknown): boolean {
  const scalars = (list: unknown[]) => list.every((item) => item === null || typeof item !== 'object');
  if (Array.isArray(a) && Array.isArray(b) && scalars(a) && scalars(b)) {
    // Reference lists (and enum lists) are sets: picking the same items in another order is no change.
    return JSON.stringify(a.map(String).sort()) === JSON.stringify(b.map(String).sort());
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The create input: the resource's input fields that have a value. Empty ones are left out rather than sent
 * as null, so the API applies its defaults (e.g. workStatus) and does not refuse null for a defaulted field.
 */
export function createInput(spec: ResourceSpec, data: Values): Values {
  const source = spec.prepare ? spec.prepare(data) : data;
  const picked: Values = {};
  for (const field of spec.createFields) {
    if (!blank(source[field])) picked[field] = source[field];
  }
  return spec.createInput ? spec.createInput(data, picked) : picked;
}

/**
 * The update input: only fields the user changed, plus the version they edited so a concurrent change is
 * refused (CONFLICT) instead of silently overwritten. Without previous data (updateMany) every given field
 * is sent and no version, as there is no single version the user saw.
 */
export function updateInput(spec: ResourceSpec, data: Values, previous: Values | undefined): Values {
  const current = spec.prepare ? spec.prepare(data) : data;
  const before = previous && spec.prepare ? spec.prepare(previous) : previous;
  const input: Values = {};
  for (const field of spec.updateFields) {
    if (!(field in current)) continue;
    const next = normalized(current[field]);
    if (before && same(next, normalized(before[field]))) continue;
    input[field] = next;
  }
  const version = previous?.version;
  if (typeof version === 'number') input.version = version;
  return input;
}
