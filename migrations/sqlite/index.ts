import * as migration_20261128_152344_initial from './20261128_152344_initial';
import * as migration_20261128_155044_publishing from './20261128_155044_publishing';
import * as migration_20261128_155811_newsroom_operations from './20261128_155811_newsroom_operations';
import * as migration_20261128_163401_inbox_sender from './20261128_163401_inbox_sender';
import * as migration_20261201_095906_approved_content from './20261201_095906_approved_content';
import * as migration_20261201_141452_hardening from './20261201_141452_hardening';
import * as migration_20261201_161840_pages from './20261201_161840_pages';
import * as migration_20261201_180250_network from './20261201_180250_network';
import * as migration_20261201_181617_insights from './20261201_181617_insights';
import * as migration_20261201_194350_members_contests from './20261201_194350_members_contests';
import * as migration_20261201_194700_report_attachments from './20261201_194700_report_attachments';
import * as migration_20261201_204736_campaigns from './20261201_204736_campaigns';
import * as migration_20261201_205153_contests from './20261201_205153_contests';
import * as migration_20261201_212031_leaderboard from './20261201_212031_leaderboard';
import * as migration_20261202_053840_queue_covering_index from './20261202_053840_queue_covering_index';
import * as migration_20261202_115211_user_page_keys from './20261202_115211_user_page_keys';

export const migrations = [
  {
    up: migration_20261128_152344_initial.up,
    down: migration_20261128_152344_initial.down,
    name: '20261128_152344_initial',
  },
  {
    up: migration_20261128_155044_publishing.up,
    down: migration_20261128_155044_publishing.down,
    name: '20261128_155044_publishing',
  },
  {
    up: migration_20261128_155811_newsroom_operations.up,
    down: migration_20261128_155811_newsroom_operations.down,
    name: '20261128_155811_newsroom_operations',
  },
  {
    up: migration_20261128_163401_inbox_sender.up,
    down: migration_20261128_163401_inbox_sender.down,
    name: '20261128_163401_inbox_sender',
  },
  {
    up: migration_20261201_095906_approved_content.up,
    down: migration_20261201_095906_approved_content.down,
    name: '20261201_095906_approved_content',
  },
  {
    up: migration_20261201_141452_hardening.up,
    down: migration_20261201_141452_hardening.down,
    name: '20261201_141452_hardening',
  },
  {
    up: migration_20261201_161840_pages.up,
    down: migration_20261201_161840_pages.down,
    name: '20261201_161840_pages',
  },
  {
    up: migration_20261201_180250_network.up,
    down: migration_20261201_180250_network.down,
    name: '20261201_180250_network',
  },
  {
    up: migration_20261201_181617_insights.up,
    down: migration_20261201_181617_insights.down,
    name: '20261201_181617_insights',
  },
  {
    up: migration_20261201_194350_members_contests.up,
    down: migration_20261201_194350_members_contests.down,
    name: '20261201_194350_members_contests',
  },
  {
    up: migration_20261201_194700_report_attachments.up,
    down: migration_20261201_194700_report_attachments.down,
    name: '20261201_194700_report_attachments',
  },
  {
    up: migration_20261201_204736_campaigns.up,
    down: migration_20261201_204736_campaigns.down,
    name: '20261201_204736_campaigns',
  },
  {
    up: migration_20261201_205153_contests.up,
    down: migration_20261201_205153_contests.down,
    name: '20261201_205153_contests',
  },
  {
    up: migration_20261201_212031_leaderboard.up,
    down: migration_20261201_212031_leaderboard.down,
    name: '20261201_212031_leaderboard',
  },
  {
    up: migration_20261202_053840_queue_covering_index.up,
    down: migration_20261202_053840_queue_covering_index.down,
    name: '20261202_053840_queue_covering_index',
  },
  {
    up: migration_20261202_115211_user_page_keys.up,
    down: migration_20261202_115211_user_page_keys.down,
    name: '20261202_115211_user_page_keys'
  },
];
