import { main } from '../src/cli/main.ts';
console.log(main(['analyze', 'tests/fixtures/real-exports/14-data-keys.csv', '--out', '/tmp/o1']));
