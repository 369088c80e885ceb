#!/usr/bin/env node
'use strict';
// Drives the Microsoft 365 Agents Playground web UI in headless Debian chromium, like a person:
// opens the Personal Chat, types a message, waits for the bot's Adaptive Card to render.
//
//   node tools/e2e/playground-chat.js --url http://127.0.0.1:56150 --say hi --expect "Plan a visit" [--screenshot out.png]
//
// Prints one JSON line: {ok, cardText, elapsedMs, blocked}. Exit 0 only when the card appeared.
const { chromium } = require('playwright-core');

function args(argv) {
    const o = { url: 'http://127.0.0.1:56150', say: 'hi', expect: '', screenshot: '', timeout: 30000 };
    for (let i = 0; i < argv.length; i += 2) {
        const key = argv[i].replace(/^--/, '');
        if (!(key in o)) throw new Error(`unknown option ${argv[i]}`);
        o[key] = key === 'timeout' ? Number(argv[i + 1]) : argv[i + 1];
    }
    return o;
}

// Waits until the number of matching elements has not changed for quietMs; returns it.
async function waitForSettledCount(page, selector, quietMs, timeout) {
    const deadline = Date.now() + timeout;
    let count = await page.locator(selector).count();
    let since = Date.now();
    while (Date.now() - since < quietMs && Date.now() < deadline) {
        await page.waitForTimeout(100);
        const now = await page.locator(selector).count();
        if (now !== count) { count = now; since = Date.now(); }
    }
    return count;
}

async function main() {
    const o = args(process.argv.slice(2));
    const started = Date.now();
    const blocked = new Set();
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        // Nothing leaves this machine: fonts/CDN requests from the page are refused.
        await page.route('**/*', (route) => {
            const host = new URL(route.request().url()).hostname;
            if (['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) || route.request().url().startsWith('data:')) {
                return route.continue();
            }
            blocked.add(host);
            return route.abort();
        });
        await page.goto(o.url, { waitUntil: 'domcontentloaded', timeout: o.timeout });
        const personal = page.getByRole('treeitem', { name: /Personal Chat/i }).first();
        if (await personal.count()) await personal.click({ timeout: o.timeout });
        const composer = page.locator('[role=textbox][contenteditable=true]').first();
        await composer.waitFor({ state: 'visible', timeout: o.timeout });
        // Opening the chat installs the app: let the welcome arrive before counting cards, so the
        // card we check is the answer to what we typed, not the welcome.
        const welcome = await waitForSettledCount(page, '.ac-adaptiveCard', 2000, o.timeout);
        await composer.click();
        await composer.pressSequentially(o.say);
        await composer.press('Enter');
        const card = page.locator('.ac-adaptiveCard').nth(welcome);
        await card.waitFor({ state: 'visible', timeout: o.timeout });
        if (o.expect) {
            await card.getByText(o.expect, { exact: false }).first().waitFor({ state: 'visible', timeout: o.timeout });
        }
        const cardText = (await card.innerText()).replace(/\s+/g, ' ').trim();
        if (o.screenshot) await page.screenshot({ path: o.screenshot, fullPage: false });
        console.log(JSON.stringify({ ok: true, cardText, cardsBefore: welcome, elapsedMs: Date.now() - started, blocked: [...blocked] }));
    } catch (error) {
        console.log(JSON.stringify({ ok: false, error: String(error && error.message || error), elapsedMs: Date.now() - started, blocked: [...blocked] }));
        process.exitCode = 1;
    } finally {
        await browser.close();
    }
}

main();
