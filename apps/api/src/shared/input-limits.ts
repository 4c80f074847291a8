import {
  type GraphQLArgument, type GraphQLInputType, getNullableType, isInputObjectType, isListType, isLeafType,
} from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.type';
import { AppError, ErrorCode } from './errors';

/**
 * The largest string and list any input may carry. Every string and every list in every argument has a maximum,
 * checked before a resolver runs, so no request can make the server search, store or audit megabytes. Entity
 * rules may be stricter (a reason of at most 300 characters); these are the outer bounds.
 *
 * Keys are `InputType.field` or `rootField.argument`, else the bare field name, else the default.
 */
export const INPUT_LIMITS = {
  string: {
    default: 200,
    search: 100,
    username: 60,
    password: 200,
    currentPassword: 200,
    newPassword: 200,
    fullName: 200,
    name: 200,
    address: 300,
    email: 200,
    reason: 500,
    onlineReason: 500,
    decisionRef: 100,
    title: 500,
    thematicTopic: 500,
    place: 500,
    description: 5_000,
    note: 5_000,
    agenda: 10_000,
    content: 10_000,
    requirements: 10_000,
    measures: 10_000,
    minutes: 50_000,
  } as Record<string, number>,
  list: {
    default: 100,
    ids: 100,
    guests: 50,
    entries: 500,
    'AssignMemberTasksInput.tasks': 500,
    'CreateResolutionInput.tasks': 50,
    predecessorIds: 20,
    mergedFromIds: 20,
    forms: 10,
    stepsDone: 20,
    procedure: 20,
  } as Record<string, number>,
};

/**
 * How many items an output list can hold at most, for the query cost rule: lists whose length an input bounds use
 * that bound; the roster is the attendance sheet; anything else keeps the estimate.
 */
export const OUTPUT_LIST_MAX: Record<string, number> = {
  'Meeting.guests': INPUT_LIMITS.list.guests,
  'Meeting.attendance': INPUT_LIMITS.list.entries,
  'Meeting.roster': INPUT_LIMITS.list.entries,
  'Resolution.tasks': INPUT_LIMITS.list['CreateResolutionInput.tasks'],
  'Organization.predecessors': INPUT_LIMITS.list.predecessorIds,
  'Ward.mergedFrom': INPUT_LIMITS.list.mergedFromIds,
  'Meeting.stepsDone': INPUT_LIMITS.list.stepsDone,
  'Meeting.forms': INPUT_LIMITS.list.forms,
  'MeetingRuleSet.procedure': INPUT_LIMITS.list.procedure,
};

/** The bound of one input position: `owner` is the input type (or root field for an argument), `name` the field. */
export function limitFor(table: Record<string, number>, owner: string, name: string): number {
  return table[`${owner}.${name}`] ?? table[name] ?? table.default;
}

/**
 * The first value over its bound, or a string holding a NUL character (no database stores one: SQLite's parser
 * stops at it, PostgreSQL's text refuses it), as the field path clients know (`guests.3.name`) and the bound.
 */
export function findOversized(args: Record<string, unknown>, defs: readonly GraphQLArgument[], rootField: string): { field: string; max: number; kind: 'string' | 'list' | 'nul' } | null {
  const walk = (value: unknown, type: GraphQLInputType, path: string, owner: string, name: string): ReturnType<typeof findOversized> => {
    if (value == null) return null;
    const bare = getNullableType(type);
    if (isListType(bare)) {
      const items = value as unknown[];
      const max = limitFor(INPUT_LIMITS.list, owner, name);
      if (items.length > max) return { field: path, max, kind: 'list' };
      for (const [i, item] of items.entries()) {
        const found = walk(item, bare.ofType, `${path}.${i}`, owner, name);
        if (found) return found;
      }
      return null;
    }
    if (isInputObjectType(bare)) {
      for (const field of Object.values(bare.getFields())) {
        const found = walk((value as Record<string, unknown>)[field.name], field.type, path ? `${path}.${field.name}` : field.name, bare.name, field.name);
        if (found) return found;
      }
      return null;
    }
    if (isLeafType(bare) && typeof value === 'string') {
      const max = limitFor(INPUT_LIMITS.string, owner, name);
      if (value.length > max) return { field: path, max, kind: 'string' };
      if (value.includes('\u0000')) return { field: path, max, kind: 'nul' };
    }
    return null;
  };
  for (const def of defs) {
    // `input` is the conventional wrapper: errors name the fields inside it, as the services do.
    const found = walk(args[def.name], def.type, def.name === 'input' ? '' : def.name, rootField, def.name);
    if (found) return found;
  }
  return null;
}

/** Refuses any argument over its bound with BAD_USER_INPUT naming the field, before the resolver runs. */
export const inputBounds: MiddlewareFn<Context> = async ({ args, info }, next) => {
  const defs = info.parentType.getFields()[info.fieldName]?.args ?? [];
  if (defs.length > 0) {
    const found = findOversized(args, defs, info.fieldName);
    if (found?.kind === 'nul') {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `${found.field}: chứa ký tự NUL không hợp lệ.`, found.field);
    }
    if (found) {
      const unit = found.kind === 'string' ? 'ký tự' : 'mục';
      throw new AppError(ErrorCode.BAD_USER_INPUT, `${found.field}: tối đa ${found.max.toLocaleString('vi-VN')} ${unit}.`, found.field, undefined, { max: found.max });
    }
  }
  return next();
};
