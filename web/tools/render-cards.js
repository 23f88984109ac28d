#!/usr/bin/env node
// Renders Adaptive Cards to PNG by hand, as the browser tests do: the app's card preview bundle (official adaptivecards
// renderer, Teams-like host config, clipped-text finder; built into ServiceBot/wwwroot/assets by `dotnet build`) in
// headless Chromium, driven over the DevTools protocol on a pipe (no puppeteer, no port). From the repository's root:
//
//   node web/tools/render-cards.js cards.json OUTDIR [--width 360,700] [--scale 2] [--errors] [--report]
//
// cards.json: [{ "name": "welcome-es", "card": { ...AdaptiveCard... } }, ...]
// Writes OUTDIR/<name>-<width>.png per card and width, and prints one line per picture (size, parser warnings).
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawn } = require('child_process');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const flag = (name) => args.includes(name);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--width', '--scale', '--bundle', '--chromium'].includes(args[i - 1])));
if (positional.length < 2) {
    console.error('usage: node web/tools/render-cards.js cards.json OUTDIR [--width 360,700] [--scale 2] [--errors] [--report] [--bundle PATH] [--chromium PATH]');
    process.exit(2);
}
const [input, outDir] = positional;
const widths = opt('--width', '360,700').split(',').map(Number);
const scale = Number(opt('--scale', '2'));
// The app's card preview bundle: --bundle, else the copy the dotnet build made.
const bundle = path.resolve(opt('--bundle', path.join(__dirname, '..', '..', 'ServiceBot', 'wwwroot', 'assets', 'card-preview.js')));
const chromium = opt('--chromium', process.env.SERVICEBOT_CHROMIUM || process.env.CHROMIUM || '/usr/bin/chromium');
if (!fs.existsSync(bundle)) { console.error(`no card preview bundle at ${bundle}: run dotnet build (needs Node.js 20+), or pass --bundle PATH`); process.exit(2); }

const cards = JSON.parse(fs.readFileSync(input, 'utf8'));
fs.mkdirSync(outDir, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'render-cards-'));
const page = path.join(tmp, 'page.html');
fs.writeFileSync(page, `<!doctype html><html lang="es"><head><meta charset="utf-8"></head><body style="margin:0"><div id="preview"></div><script src="${'file://' + bundle}"></script></body></html>`);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const report = [];

async function main() {
    // DevTools protocol over a pipe (fd 3 = to the browser, fd 4 = from it): no port, no WebSocket, no puppeteer.
    const sandbox = process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []; // Chromium's sandbox cannot start as root
    const browser = spawn(chromium, ['--headless', ...sandbox, '--disable-gpu', '--hide-scrollbars', '--allow-file-access-from-files',
        '--remote-debugging-pipe', `--user-data-dir=${path.join(tmp, 'profile')}`, '--window-size=800,600', 'about:blank'],
        { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    let stderr = '';
    browser.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise((r) => browser.on('exit', r));
    const toBrowser = browser.stdio[3];
    const fromBrowser = browser.stdio[4];
    let seq = 0, buffer = '';
    const pending = new Map();
    const waiters = [];
    fromBrowser.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        let i;
        while ((i = buffer.indexOf('\0')) >= 0) {
            const msg = JSON.parse(buffer.slice(0, i));
            buffer = buffer.slice(i + 1);
            if (msg.id && pending.has(msg.id)) {
                const { res, rej } = pending.get(msg.id);
                pending.delete(msg.id);
                if (msg.error) rej(new Error(msg.error.message)); else res(msg.result);
            } else if (msg.method) {
                for (const w of waiters.splice(0)) if (!w(msg)) waiters.push(w);
            }
        }
    });
    const send = (method, params = {}, sessionId) => new Promise((res, rej) => {
        const id = ++seq;
        pending.set(id, { res, rej });
        toBrowser.write(JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }) + '\0');
    });
    const event = (name) => new Promise((r) => waiters.push((m) => (m.method === name ? (r(m), true) : false)));
    try {
        const { targetInfos } = await Promise.race([send('Target.getTargets'), exited.then(() => { throw new Error('chromium exited: ' + stderr.slice(-500)); })]);
        const pageTarget = targetInfos.find((t) => t.type === 'page') || (await send('Target.createTarget', { url: 'about:blank' }));
        const { sessionId } = await send('Target.attachToTarget', { targetId: pageTarget.targetId, flatten: true });
        const s = (method, params) => send(method, params, sessionId);
        await s('Page.enable');
        const load = event('Page.loadEventFired');
        await s('Page.navigate', { url: 'file://' + page });
        await load;
        await s('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true });
        for (const { name, card } of cards) {
            for (const width of widths) {
                await s('Emulation.setDeviceMetricsOverride', { width, height: 800, deviceScaleFactor: scale, mobile: false });
                const r = await s('Runtime.evaluate', { expression: `(() => { const r = ServiceBotCards.previewCard(${JSON.stringify(card)}, document.getElementById('preview'), ${width}); return { height: r.height, errors: r.errors, truncated: r.clipped.map((c) => c.where + ' "' + c.text + '" (' + c.how + ')') }; })()`, returnByValue: true });
                if (r.exceptionDetails) throw new Error(`${name}: ${r.exceptionDetails.exception && r.exceptionDetails.exception.description}`);
                const { height, errors, truncated } = r.result.value;
                if (flag('--report')) report.push({ name, width, height, truncated, errors });
                await s('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile: false });
                await sleep(30);
                const shot = await s('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width, height, scale: 1 }, captureBeyondViewport: true });
                const file = path.join(outDir, `${name}-${width}.png`);
                fs.writeFileSync(file, Buffer.from(shot.data, 'base64'));
                console.log(`${file}  ${width}x${height}${truncated.length ? '  TRUNCATED: ' + truncated.join(' | ') : ''}${flag('--errors') && errors.length ? '  ' + errors.join(' | ') : ''}`);
            }
        }
        if (flag('--report')) fs.writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 1));
        await send('Browser.close').catch(() => {});
    } finally {
        browser.kill();
        await Promise.race([exited, sleep(2000)]);
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
