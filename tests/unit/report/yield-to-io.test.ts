import { ioBreather } from "@/lib/reports/yield-to-io";

test("a busy loop that breathes lets pending I/O callbacks run; one that only awaits does not", async () => {
  const spin = async (breathe: () => Promise<void>) => {
    let ran = false;
    setImmediate(() => (ran = true));
    const until = performance.now() + 30;
    while (performance.now() < until) await breathe();
    return ran;
  };
  expect(await spin(() => Promise.resolve())).toBe(false);
  expect(await spin(ioBreather())).toBe(true);
});
