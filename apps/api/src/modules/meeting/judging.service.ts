import { JUDGING_REVISION } from '@chibo/domain';
import type { MikroORM } from '@mikro-orm/core';
import { write } from '../../shared/crud';
import { logger } from '../../shared/logger';
import { Meeting } from './meeting.entity';
import { refreshMeetings } from './roster.service';

/**
 * Recounts and judges again every meeting judged by an older revision of the meeting rules (JUDGING_REVISION), a
 * batch per transaction, each change in the audit trail. Run at start-up after the migrations; a second process
 * starting at the same time only repeats work that gives the same result. Returns how many were judged again.
 */
export async function refreshStaleMeetings(orm: MikroORM, batch = 200): Promise<number> {
  let done = 0;
  for (;;) {
    const em = orm.em.fork();
    const count = await write(em, async (tem) => {
      const meetings = await tem.find(Meeting, { judgingRevision: { $lt: JUDGING_REVISION } }, { orderBy: { id: 'asc' }, limit: batch });
      // refreshMeetings marks each with the current revision.
      await refreshMeetings(tem, meetings);
      await tem.flush();
      return meetings.length;
    });
    done += count;
    if (count < batch) break;
  }
  if (done) logger.info({ meetings: done, revision: JUDGING_REVISION }, 'meetings judged again by the current meeting rules');
  return done;
}
