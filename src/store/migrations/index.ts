import type { Migration, MigrationProvider } from 'kysely'
import type { StoreDialect } from '../dialect.ts'
import { initial } from './001-initial.ts'
import { duplicates } from './002-duplicates.ts'
import { roleProposals } from './003-role-proposals.ts'
import { sourcesAndTokens } from './004-sources-and-tokens.ts'
import { alerts } from './005-alerts.ts'
import { articleEvents } from './006-article-events.ts'
import { stories } from './007-stories.ts'
import { jobs } from './008-jobs.ts'
import { statements } from './009-statements.ts'
import { alertEmail } from './020-alert-email.ts'
import { metricCounters } from './021-metric-counters.ts'
import { accounts } from './040-accounts.ts'
import { posts } from './050-posts.ts'
import { eventRowsTable } from './030-event-rows.ts'
import { applications } from './060-applications.ts'
import { simhashBandsByDay } from './070-simhash-bands.ts'
import { actorDays } from './071-actor-days.ts'
import { copiesUnindexed } from './072-copies-unindexed.ts'
import { copiesByDay } from './073-copies-by-day.ts'
import { indexTagsTable } from './074-index-tags.ts'
import { copyKeysTable } from './075-copy-keys.ts'
import { searchVectorsTable } from './076-search-vectors.ts'

/** Migrations in order for one dialect; names sort in the order they must run. */
export function migrationProvider(dialect: StoreDialect): MigrationProvider {
  return {
    getMigrations(): Promise<Record<string, Migration>> {
      return Promise.resolve({
        '001-initial': initial(dialect),
        '002-duplicates': duplicates,
        '003-role-proposals': roleProposals,
        '004-sources-and-tokens': sourcesAndTokens,
        '005-alerts': alerts,
        '006-article-events': articleEvents,
        '007-stories': stories,
        '008-jobs': jobs,
        '009-statements': statements,
        '020-alert-email': alertEmail,
        '021-metric-counters': metricCounters,
        '030-event-rows': eventRowsTable,
        '040-accounts': accounts,
        '050-posts': posts,
        '060-applications': applications,
        '070-simhash-bands': simhashBandsByDay,
        '071-actor-days': actorDays,
        '072-copies-unindexed': copiesUnindexed(dialect),
        '073-copies-by-day': copiesByDay,
        '074-index-tags': indexTagsTable(dialect),
        '075-copy-keys': copyKeysTable(dialect),
        '076-search-vectors': searchVectorsTable(dialect),
      })
    },
  }
}
