import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type ASTVisitor, type FieldNode, getNamedType, GraphQLError, type GraphQLObjectType, isListType, isNonNullType, isObjectType,
  Kind, type SelectionSetNode, type ValidationContext, type ValueNode,
} from 'graphql';
import { OUTPUT_LIST_MAX } from './input-limits';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/** Limits on what one document may ask for; documented in the README. */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 20, maxCost: 50_000, maxTokens: 5_000, nestedListEstimate: 20 };

function limitOf(node: FieldNode, variables: Record<string, unknown> | undefined): number {
  const arg = node.arguments?.find((a) => a.name.value === 'limit');
  if (!arg) return DEFAULT_PAGE_SIZE;
  const value: ValueNode = arg.value;
  if (value.kind === Kind.INT) return Math.min(Number(value.value), MAX_PAGE_SIZE);
  if (value.kind === Kind.VARIABLE) {
    const v = variables?.[value.name.value];
    return typeof v === 'number' ? Math.min(v, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
  }
  return MAX_PAGE_SIZE;
}

/**
 * A list-aware cost: every field costs 1, and what is selected under a page costs as many times as the page's
 * limit; under another list, as many times as that list can hold (its input maximum, e.g. 50 guests or 1,000
 * attendance lines) or, for lists no input bounds (a member's memberships), an estimate. Nested lists multiply,
 * as they do in SQL.
 */
export function costLimitRule(maxCost = QUERY_LIMITS.maxCost) {
  return (context: ValidationContext): ASTVisitor => {
    const cost = (set: SelectionSetNode | undefined, parent: GraphQLObjectType, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          const def = parent.getFields()[sel.name.value];
          if (!def) continue;
          const named = getNamedType(def.type);
          const bare = isNonNullType(def.type) ? def.type.ofType : def.type;
          const factor = named.name.endsWith('Page')
            ? limitOf(sel, undefined)
            : isListType(bare) ? (OUTPUT_LIST_MAX[`${parent.name}.${sel.name.value}`] ?? QUERY_LIMITS.nestedListEstimate) : 1;
          if (named.name.endsWith('Page') && isObjectType(named)) {
            // items inside a page are the list; total/offset/limit are single values.
            const items = sel.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'items');
            total += 1 + factor * cost(items?.selectionSet, getNamedType(named.getFields().items.type) as GraphQLObjectType, seen);
          } else {
            total += 1 + (isObjectType(named) ? factor * cost(sel.selectionSet, named, seen) : 0);
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          total += cost(sel.selectionSet, parent, seen);
        } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
          const fragment = context.getFragment(sel.name.value);
          if (fragment) total += cost(fragment.selectionSet, parent, new Set([...seen, sel.name.value]));
        }
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const root = node.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType();
        if (!root) return;
        const total = cost(node.selectionSet, root, new Set());
        if (total > maxCost) {
          context.reportError(new GraphQLError(`Truy vấn quá lớn (chi phí ${total}, tối đa ${maxCost}). Hãy giảm limit hoặc bớt danh sách lồng nhau.`, { nodes: [node] }));
        }
      },
    };
  };
}

/** Reports a refusal as a validation error (HTTP 400) instead of throwing, which would surface as a 500. */
const report = (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error);

/** The validation rules every document passes before it runs. */
export const limitRules: Array<(context: ValidationContext) => ASTVisitor> = [
  maxDepthRule({ n: QUERY_LIMITS.maxDepth, exposeLimits: true, propagateOnRejection: false, onReject: [report] }) as never,
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, exposeLimits: true, propagateOnRejection: false, onReject: [report] }) as never,
  costLimitRule(),
];
