#!/usr/bin/env node
'use strict';
// Measures the time from starting the bot process to its first answered turn: spawns the command,
// then keeps offering one "hi" message (development auth) until a small local connector receives
// the bot's reply. Loopback only; bounded by --timeout. Prints one JSON line.
//   node tools/bench/startup.js --port 5090 -- dotnet path/EngagementBot.Host.dll --urls http://127.0.0.1:5090
const http = require('node:http');
const { spawn } = require('node:child_process');

const sep = process.argv.indexOf('--');
const opts = Object.fromEntries(process.argv.slice(2, sep).join(' ').split('--').filter(Boolean).map((s) => s.trim().split(/\s+/)));
const port = Number(opts.port || 5090);
const timeoutMs = Number(opts.timeout || 30) * 1000;
const command = process.argv.slice(sep + 1);

const connector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"r1"}');
        if (req.method === 'POST' && req.url.includes('/activities')) finish(true);
    });
});

let started = 0;
let child;
let done = false;
function finish(ok, error) {
    if (done) return;
    done = true;
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(JSON.stringify({ ok, start_to_first_answered_turn_ms: ok ? +elapsedMs.toFixed(1) : null, error }));
    child.kill('SIGTERM');
    connector.close();
    process.exitCode = ok ? 0 : 1;
}

connector.listen(0, '127.0.0.1', () => {
    const serviceUrl = `http://127.0.0.1:${connector.address().port}/`;
    started = process.hrtime.bigint();
    child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => finish(false, `bot exited with ${code}`));
    const activity = JSON.stringify({
        type: 'message', id: 'startup-1', channelId: 'msteams', serviceUrl, text: 'hi',
        from: { id: 'user-startup' }, recipient: { id: 'bot' },
        conversation: { id: 'startup-conversation', conversationType: 'personal' },
    });
    const offer = () => {
        if (done) return;
        const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json' } },
            (res) => { res.resume(); });
        req.on('error', () => setTimeout(offer, 5));
        req.end(activity);
    };
    offer();
    setTimeout(() => finish(false, 'timeout'), timeoutMs).unref();
});
