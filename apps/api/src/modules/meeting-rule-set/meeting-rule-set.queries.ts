import type { EntityManager } from '@mikro-orm/core';
import { MeetingRuleSet, toRuleSet } from './meeting-rule-set.entity';

/** Every stored meeting rule set, as the domain reads them. */
export async function storedRuleSets(em: EntityManager) {
  const rows = await em.find(MeetingRuleSet, {}, { orderBy: { validFrom: 'asc', id: 'asc' } });
  return rows.map(toRuleSet);
}
