import { ConfigError } from '../config';
import { LocalNeo4jError } from '../local-neo4j';

/**
 * Runs a command-line entry point and exits with its code. Errors the user can act on (a bad setting, a
 * missing Java) print their message alone; anything else prints one line, never a stack trace.
 */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof LocalNeo4jError) console.error(error.message);
      else console.error(`${name} failed:`, (error as Error).message);
      process.exit(1);
    },
  );
}
