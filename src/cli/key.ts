import { generateKey, Role } from '../api-keys';

const USAGE = 'usage: npm run key -- <name> <editor|admin>';

/** `npm run key -- <name> <role>`: prints a new random API key once, and the entry that grants it. */
function main(argv: string[]): number {
  const [name, role] = argv;
  if (argv.length !== 2 || !(Object.values(Role) as string[]).includes(role)) {
    console.error(USAGE);
    return 2;
  }
  try {
    const { key, entry } = generateKey(name, role as Role);
    console.log(`key (give it to ${name}; it is not stored anywhere): ${key}`);
    console.log(`add to R2P_API_KEYS (comma-separated) or to the file R2P_API_KEYS_FILE names (one a line):`);
    console.log(entry);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
}

process.exit(main(process.argv.slice(2)));
