// `npm run claims -- <command> ...`: dispatches to one module per command in scripts/claims/.
import { exitWhenFlushed } from "./exit-when-flushed";
const COMMANDS: Record<string, () => Promise<{ run: (argv: string[]) => Promise<number> }>> = {
  extract: () => import("./claims/extract"),
  analyze: () => import("./claims/analyze"),
  recompute: () => import("./claims/recompute"),
};

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const load = command ? COMMANDS[command] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run claims -- <${Object.keys(COMMANDS).join("|")}> [options]\n`);
    return 2;
  }
  return (await load()).run(rest);
}

main().then(
  exitWhenFlushed,
  (error: unknown) => {
    process.stderr.write(`claims: ${error instanceof Error ? error.message : String(error)}\n`);
    exitWhenFlushed(1);
  },
);
