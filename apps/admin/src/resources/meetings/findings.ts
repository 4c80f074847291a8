import { ENUMS, enumLabel } from '../../common/enums';

const STEPS: readonly string[] = ENUMS.ProcedureStep;

/**
 * A finding's detail as the API writes it may name procedure steps by their codes ("Thiếu 2 bước:
 * GUESTS_INTRODUCED, MINUTES_ADOPTED."); a ward office reads the steps' names instead, in the panel's
 * language, separated by semicolons since the names themselves hold commas.
 */
export function readableDetail(detail: string, translate: (key: string) => string): string {
  return detail.replace(/\b[A-Z][A-Z_]+[A-Z](?:, [A-Z][A-Z_]+[A-Z])*\b/g, (list) => {
    const codes = list.split(', ');
    if (!codes.every((code) => STEPS.includes(code))) return list;
    return codes.map((code) => `${STEPS.indexOf(code) + 1}. ${translate(enumLabel('ProcedureStep', code))}`).join('; ');
  });
}
