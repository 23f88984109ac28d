// Bundles each page's entry into one script under the output folder (first argument; default ../ServiceBot/wwwroot/assets).
// Run by the ServiceBot project's build (ServiceBot.csproj, target BuildWebAssets), or by hand: npm run build.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, '..', 'ServiceBot', 'wwwroot', 'assets'));
const adaptiveCards = JSON.parse(readFileSync(path.join(here, 'node_modules', 'adaptivecards', 'package.json'), 'utf8'));

// teams-js fetches its list of Teams host origins from a Microsoft CDN when it loads, and falls back to the copy it
// ships. Nothing may come from a CDN at run time, so the bundle asks for the shipped copy (as a data: URL) instead.
const teamsJsCdnList = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
const teamsJsInternal = path.join(here, 'node_modules', '@microsoft', 'teams-js', 'dist', 'esm', 'packages', 'teams-js', 'src');
const { validOrigins } = await import(pathToFileURL(path.join(teamsJsInternal, 'artifactsForCDN', 'validDomains.json.js')).href);
const teamsJsOriginsFromBundle = {
  name: 'teams-js-origins-from-bundle',
  setup(build) {
    build.onLoad({ filter: /teams-js[\\/].*[\\/]internal[\\/]constants\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(teamsJsCdnList)) {
        return { errors: [{ text: `teams-js changed: ${teamsJsCdnList} is no longer in ${args.path}; see web/build.mjs` }] };
      }
      const shipped = `data:application/json,${encodeURIComponent(JSON.stringify({ validOrigins }))}`;
      return { contents: source.replace(teamsJsCdnList, shipped), loader: 'js' };
    });
  },
};

try {
  await esbuild.build({
    absWorkingDir: here,
    entryPoints: {
      webchat: 'src/webchat/index.js',
      'card-preview': 'src/card-preview/index.js',
      'teams-tab': 'src/teams-tab/index.js',
      studio: 'src/studio/index.js',
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
    plugins: [teamsJsOriginsFromBundle],
    logLevel: 'warning',
  });
} catch {
  // esbuild has printed each error with its file and line; a stack trace would add nothing.
  process.exit(1);
}
