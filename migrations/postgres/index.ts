import * as migration_20261128_152348_initial from './20261128_152348_initial';
import * as migration_20261128_155048_publishing from './20261128_155048_publishing';

export const migrations = [
  {
    up: migration_20261128_152348_initial.up,
    down: migration_20261128_152348_initial.down,
    name: '20261128_152348_initial',
  },
  {
    up: migration_20261128_155048_publishing.up,
    down: migration_20261128_155048_publishing.down,
    name: '20261128_155048_publishing'
  },
];
