/**
 * Builds question banks: article → claims → questions → bank.json + bank.md. Run with `npm run generate`
 * (`-- --help` for the options); the work is in scripts/lib/generate-cli.ts.
 */
import { runGenerate } from './lib/generate-cli';

process.exitCode = await runGenerate(process.argv.slice(2));
