// Jest ignores `testTimeout` inside `projects` (jestjs/jest#9696), so each layer sets its own here:
// the first page after a build compiles on demand, which takes seconds on a busy 2-core machine.
jest.setTimeout(60_000);
