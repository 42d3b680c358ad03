import * as migration_20261128_152348_initial from './20261128_152348_initial';
import * as migration_20261128_155048_publishing from './20261128_155048_publishing';
import * as migration_20261128_155816_newsroom_operations from './20261128_155816_newsroom_operations';
import * as migration_20261128_163401_inbox_sender from './20261128_163401_inbox_sender';
import * as migration_20261201_095937_approved_content from './20261201_095937_approved_content';
import * as migration_20261201_141446_hardening from './20261201_141446_hardening';
import * as migration_20261201_161848_pages from './20261201_161848_pages';
import * as migration_20261201_180258_network from './20261201_180258_network';
import * as migration_20261201_181625_insights from './20261201_181625_insights';
import * as migration_20261201_194404_members_contests from './20261201_194404_members_contests';
import * as migration_20261201_194714_report_attachments from './20261201_194714_report_attachments';
import * as migration_20261201_195659_share_notices from './20261201_195659_share_notices';
import * as migration_20261201_204743_campaigns from './20261201_204743_campaigns';
import * as migration_20261201_205139_contests from './20261201_205139_contests';
import * as migration_20261201_212036_leaderboard from './20261201_212036_leaderboard';
import * as migration_20261202_053843_queue_covering_index from './20261202_053843_queue_covering_index';
import * as migration_20261202_115216_user_page_keys from './20261202_115216_user_page_keys';

export const migrations = [
  {
    up: migration_20261128_152348_initial.up,
    down: migration_20261128_152348_initial.down,
    name: '20261128_152348_initial',
  },
  {
    up: migration_20261128_155048_publishing.up,
    down: migration_20261128_155048_publishing.down,
    name: '20261128_155048_publishing',
  },
  {
    up: migration_20261128_155816_newsroom_operations.up,
    down: migration_20261128_155816_newsroom_operations.down,
    name: '20261128_155816_newsroom_operations',
  },
  {
    up: migration_20261128_163401_inbox_sender.up,
    down: migration_20261128_163401_inbox_sender.down,
    name: '20261128_163401_inbox_sender',
  },
  {
    up: migration_20261201_095937_approved_content.up,
    down: migration_20261201_095937_approved_content.down,
    name: '20261201_095937_approved_content',
  },
  {
    up: migration_20261201_141446_hardening.up,
    down: migration_20261201_141446_hardening.down,
    name: '20261201_141446_hardening',
  },
  {
    up: migration_20261201_161848_pages.up,
    down: migration_20261201_161848_pages.down,
    name: '20261201_161848_pages',
  },
  {
    up: migration_20261201_180258_network.up,
    down: migration_20261201_180258_network.down,
    name: '20261201_180258_network',
  },
  {
    up: migration_20261201_181625_insights.up,
    down: migration_20261201_181625_insights.down,
    name: '20261201_181625_insights',
  },
  {
    up: migration_20261201_194404_members_contests.up,
    down: migration_20261201_194404_members_contests.down,
    name: '20261201_194404_members_contests',
  },
  {
    up: migration_20261201_194714_report_attachments.up,
    down: migration_20261201_194714_report_attachments.down,
    name: '20261201_194714_report_attachments',
  },
  {
    up: migration_20261201_195659_share_notices.up,
    down: migration_20261201_195659_share_notices.down,
    name: '20261201_195659_share_notices',
  },
  {
    up: migration_20261201_204743_campaigns.up,
    down: migration_20261201_204743_campaigns.down,
    name: '20261201_204743_campaigns',
  },
  {
    up: migration_20261201_205139_contests.up,
    down: migration_20261201_205139_contests.down,
    name: '20261201_205139_contests',
  },
  {
    up: migration_20261201_212036_leaderboard.up,
    down: migration_20261201_212036_leaderboard.down,
    name: '20261201_212036_leaderboard',
  },
  {
    up: migration_20261202_053843_queue_covering_index.up,
    down: migration_20261202_053843_queue_covering_index.down,
    name: '20261202_053843_queue_covering_index',
  },
  {
    up: migration_20261202_115216_user_page_keys.up,
    down: migration_20261202_115216_user_page_keys.down,
    name: '20261202_115216_user_page_keys'
  },
];
