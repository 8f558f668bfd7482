// `npm run test:load`: the whole `npm test`, several times in a row, while a CPU-bound process
// runs beside it (one core of this project's two kept busy). A suite that only passes on a quiet
// machine has timing in it; this is how the README's "holds under load" figure is measured.
//   node scripts/test-under-load.mjs [runs=3]
import { spawn } from 'node:child_process';

const runs = Number(process.argv[2] ?? 3);
const burner = spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' });
const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    const started = Date.now();
    const { code, last } = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['scripts/test-all.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
      let tail = '';
      child.stdout.on('data', (chunk) => {
        process.stdout.write(chunk);
        tail = `${tail}${chunk}`.slice(-2000);
      });
      child.on('close', (status) => resolve({ code: status, last: tail.trim().split('\n').at(-1) ?? '' }));
    });
    results.push({ run, code, summary: last, seconds: Math.round((Date.now() - started) / 1000) });
  }
} finally {
  burner.kill();
}
console.log('\nUnder load (one busy core beside the suite):');
for (const r of results) console.log(`  run ${r.run}: ${r.summary} (exit ${r.code}, ${r.seconds} s)`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
