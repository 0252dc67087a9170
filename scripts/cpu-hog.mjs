// Runs a command N times in a row with every core kept busy, stopping at the first failure: `npm run test:under-load -- [--runs N] [command...]` (default: 3 runs of `npm test`).
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

function usage(message) {
  console.error(`cpu-hog: ${message}`);
  console.error('usage: node scripts/cpu-hog.mjs [--runs N] [--] [command...]');
  console.error(
    '  One argument is run by the shell ("npx vitest run tests/faults"); several as they are.',
  );
  process.exit(2);
}

function parseArgs(argv) {
  let runs = 3;
  const rest = [...argv];
  while (rest.length > 0) {
    const arg = rest[0];
    if (arg === '--') {
      rest.shift();
      break;
    }
    if (arg === '--runs' || arg.startsWith('--runs=')) {
      rest.shift();
      const value = arg === '--runs' ? rest.shift() : arg.slice('--runs='.length);
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1)
        usage(`--runs needs a whole number above 0, not ${value}`);
      continue;
    }
    if (arg === '--help' || arg === '-h') usage('runs a command under load');
    break;
  }
  return { runs, command: rest.length > 0 ? rest : ['npm test'] };
}

/** One thread per core (os.cpus().length), each spinning until terminated: a loaded CI box. */
function hogEveryCore() {
  const count = Math.max(1, cpus().length);
  const workers = Array.from({ length: count }, () => new Worker('for (;;) {}', { eval: true }));
  return {
    count,
    stop: () => Promise.all(workers.map((worker) => worker.terminate())),
  };
}

let child = null;

function runOnce(command) {
  return new Promise((resolve) => {
    child =
      command.length === 1
        ? spawn(command[0], { shell: true, stdio: 'inherit' })
        : spawn(command[0], command.slice(1), { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`cpu-hog: could not start ${command.join(' ')}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      child = null;
      // A command killed by a signal fails like a shell reports it: 128 + the signal's number.
      resolve(code ?? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const { runs, command } = parseArgs(process.argv.slice(2));
  const hog = hogEveryCore();
  const stopAll = async (status) => {
    child?.kill('SIGTERM');
    await hog.stop();
    process.exit(status);
  };
  process.on('SIGINT', () => void stopAll(130));
  process.on('SIGTERM', () => void stopAll(143));

  console.log(
    `cpu-hog: ${hog.count} busy thread${hog.count === 1 ? '' : 's'}; ${runs} run${runs === 1 ? '' : 's'} of: ${command.join(' ')}`,
  );
  const times = [];
  let status = 0;
  for (let run = 1; run <= runs; run += 1) {
    console.log(`\ncpu-hog: run ${run} of ${runs}`);
    const started = performance.now();
    status = await runOnce(command);
    const took = performance.now() - started;
    times.push(took);
    console.log(
      `\ncpu-hog: run ${run} of ${runs} ${status === 0 ? 'passed' : `failed (exit ${status})`} in ${seconds(took)}`,
    );
    if (status !== 0) break;
  }
  await hog.stop();
  const summary = times.map((took, index) => `run ${index + 1}: ${seconds(took)}`).join(', ');
  console.log(
    `cpu-hog: ${status === 0 ? 'all runs passed' : 'stopped at the first failure'} (${summary})`,
  );
  process.exit(status);
}

await main();
