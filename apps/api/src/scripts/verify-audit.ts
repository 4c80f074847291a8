#!/usr/bin/env node
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { verifyChain } from '../modules/audit/audit.service';

/** Recomputes the audit trail's hash chain; exits 1 naming the first entry that was altered. */
async function main() {
  const orm = await openDatabase(loadConfig());
  try {
    const broken = await verifyChain(orm.em.fork());
    if (broken) {
      console.error(`Audit trail broken at entry #${broken.id}: ${broken.reason}.`);
      process.exitCode = 1;
    } else {
      console.log('Audit trail intact.');
    }
  } finally {
    await orm.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
