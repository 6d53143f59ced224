// Entry point: `npm run simpul -- analyze …`. Exit 0 on success, 2 on a user's mistake.

import { USAGE } from './args.ts';
import { main } from './main.ts';

const argv = process.argv.slice(2);
if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(argv.length === 0 ? 2 : 0);
}
process.exit(await main(argv));
