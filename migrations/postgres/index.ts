import * as migration_20261128_152348_initial from './20261128_152348_initial';

export const migrations = [
  {
    up: migration_20261128_152348_initial.up,
    down: migration_20261128_152348_initial.down,
    name: '20261128_152348_initial'
  },
];
