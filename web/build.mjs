// Bundles each page's entry into one script under the output folder (first argument; default ../ServiceBot/wwwroot/assets).
// Run by the ServiceBot project's build (ServiceBot.csproj, target BuildWebAssets), or by hand: npm run build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, '..', 'ServiceBot', 'wwwroot', 'assets'));
const adaptiveCards = JSON.parse(readFileSync(path.join(here, 'node_modules', 'adaptivecards', 'package.json'), 'utf8'));

try {
  await esbuild.build({
    absWorkingDir: here,
    entryPoints: {
      webchat: 'src/webchat/index.js',
      'card-preview': 'src/card-preview/index.js',
      'teams-tab': 'src/teams-tab/index.js',
    },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    loader: { '.css': 'text' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __ADAPTIVECARDS_VERSION__: JSON.stringify(adaptiveCards.version),
    },
    logLevel: 'warning',
  });
} catch {
  // esbuild has printed each error with its file and line; a stack trace would add nothing.
  process.exit(1);
}
