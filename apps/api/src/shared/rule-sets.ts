import { formatDay, NoRuleSetInForce, type RuleSet, ruleSetInForce } from '@chibo/domain';
import { AppError, ErrorCode } from './errors';

/**
 * The rule set in force on a day the client gave: a day no stored document covers (before the earliest one) is the
 * client's input, refused as BAD_USER_INPUT naming the argument, never an internal error.
 */
export function ruleSetFor<T>(sets: RuleSet<T>[], day: string, field: string): RuleSet<T> {
  try {
    return ruleSetInForce(sets, day);
  } catch (error) {
    if (!(error instanceof NoRuleSetInForce)) throw error;
    throw new AppError(ErrorCode.BAD_USER_INPUT, `${field}: không có văn bản quy định nào có hiệu lực vào ngày ${formatDay(day)}.`, field);
  }
}
