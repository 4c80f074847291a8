import { ENUMS, enumLabel } from '../../common/enums';
import { formatPercent } from '../../common/times';
import type { FindingRecord, JudgingRuleSet } from '../../dataProvider/types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A finding as the panel reads it: its code and figures; the API's detail is kept for a code the panel does not know. */
export type FindingFigures = Pick<FindingRecord, 'code'> &
  Partial<Pick<FindingRecord, 'threshold' | 'actual' | 'unit' | 'decisionReference' | 'detail'>>;

/** What the page knows beside the finding: the rule set it falls short of and the steps the meeting carried out. */
export interface FindingContext {
  rule?: Partial<Pick<JudgingRuleSet, 'minAttendanceStrict' | 'maxConsecutiveExcused' | 'procedure'>> | null;
  stepsDone?: readonly string[] | null;
}

const KEY = 'chibo.finding_text';
const STEPS: readonly string[] = ENUMS.ProcedureStep;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The steps a rule set asks for that the meeting left out, by number and name, in the order of a meeting. */
function missingSteps(context: FindingContext, translate: Translate): string | null {
  const required = context.rule?.procedure;
  if (!required || !context.stepsDone) return null;
  const missing = STEPS.filter((step) => (required as readonly string[]).includes(step) && !context.stepsDone?.includes(step));
  if (missing.length === 0) return null;
  return missing.map((step) => `${STEPS.indexOf(step) + 1}. ${translate(enumLabel('ProcedureStep', step))}`).join('; ');
}

/** The sentence of a known code whose figures are there, or null. */
function sentence(finding: FindingFigures, translate: Translate, locale: string, context: FindingContext): string | null {
  const { threshold, actual } = finding;
  const text = (key: string, options: Record<string, unknown> = {}) => translate(`${KEY}.${key}`, options);
  switch (finding.code) {
    case 'HELD_AFTER_FIRST_WEEK':
      return isNumber(threshold) && isNumber(actual) ? text('HELD_AFTER_FIRST_WEEK', { actual, threshold }) : null;
    case 'ATTENDANCE_BELOW_THRESHOLD': {
      if (!isNumber(threshold) || !isNumber(actual)) return null;
      const strict = context.rule?.minAttendanceStrict;
      const need = text(strict == null ? 'share_need' : strict ? 'share_above' : 'share_from', { share: formatPercent(threshold, locale) });
      return text('ATTENDANCE_BELOW_THRESHOLD', { actual: formatPercent(actual, locale), need });
    }
    case 'UNEXCUSED_ABSENCE':
      return isNumber(actual) ? text('UNEXCUSED_ABSENCE', { smart_count: actual }) : null;
    case 'EXCUSED_RUN': {
      if (!isNumber(actual)) return null;
      const limit = context.rule?.maxConsecutiveExcused;
      return limit == null ? text('EXCUSED_RUN', { smart_count: actual }) : text('EXCUSED_RUN_limit', { smart_count: actual, limit });
    }
    case 'NO_ATTENDANCE_RECORDED':
      return text('NO_ATTENDANCE_RECORDED');
    case 'TOO_SHORT':
      if (!isNumber(threshold) || !isNumber(actual)) return null;
      return finding.decisionReference
        ? text('TOO_SHORT_decision', { actual, threshold, decision: finding.decisionReference })
        : text('TOO_SHORT', { actual, threshold });
    case 'DOCUMENTS_LATE':
      if (!isNumber(threshold)) return null;
      if (!isNumber(actual)) return text('DOCUMENTS_LATE_unsent', { smart_count: threshold });
      return actual > 0
        ? text('DOCUMENTS_LATE', { smart_count: threshold, actual })
        : text('DOCUMENTS_LATE_same_day', { smart_count: threshold });
    case 'PROCEDURE_INCOMPLETE': {
      if (!isNumber(threshold) || !isNumber(actual)) return null;
      const missing = missingSteps(context, translate);
      return missing
        ? text('PROCEDURE_INCOMPLETE_steps', { actual, threshold, missing })
        : text('PROCEDURE_INCOMPLETE', { actual, threshold });
    }
    case 'THEMATIC_MISSING':
      return isNumber(threshold) && isNumber(actual) ? text('THEMATIC_MISSING', { actual, smart_count: threshold }) : null;
    case 'MEMBERS_WITHOUT_TASK':
      return isNumber(actual) ? text('MEMBERS_WITHOUT_TASK', { smart_count: actual }) : null;
    default:
      return null;
  }
}

/**
 * What a finding falls short of, in the panel's language, from its code and figures ("Sinh hoạt 45 phút, cần ít
 * nhất 90 phút"); the API's own detail for a code the panel does not know, or a finding without its figures.
 */
export function findingText(finding: FindingFigures, translate: Translate, locale: string, context: FindingContext = {}): string {
  return sentence(finding, translate, locale, context) ?? finding.detail ?? translate(`chibo.findings.${finding.code}`, { _: finding.code });
}

/** One shortfall as the page shows it: its code and words, and every document it falls short of. */
export interface Shortfall<F> {
  code: string;
  text: string;
  findings: F[];
}

/**
 * Findings that say the same thing under several documents (no attendance saved, under 11-ĐA/TU and 42-HD/BTCTW)
 * as one shortfall naming each document, in the order the API gave them.
 */
export function sameShortfalls<F extends Pick<FindingRecord, 'code'>>(findings: readonly F[], textOf: (finding: F) => string): Shortfall<F>[] {
  const out: Shortfall<F>[] = [];
  for (const finding of findings) {
    const text = textOf(finding);
    const same = out.find((shortfall) => shortfall.code === finding.code && shortfall.text === text);
    if (same) same.findings.push(finding);
    else out.push({ code: finding.code, text, findings: [finding] });
  }
  return out;
}
