#!/usr/bin/env node
'use strict';
// Overdue-alert latency at scale (issue #5): how long after "deadline + grace period" each manager's
// alert card reaches the connector and each manager's mail reaches Graph, with N sessions open at once.
// Run through tools/bench/overdue.sh, which builds what this needs; see there for the settings.
//
// Plays the Teams channel (a fake Bot Connector) and Microsoft Graph (a fake with a line manager for
// every worker) on 127.0.0.1, starts the published host (the command after --) pointed at both, and has
// N workers plan a visit through the real plan-visit dialog, all due back at the same minute D. After
// D + grace it records, per session, when the manager's alert card, mail and feed notice arrived (and the
// worker's "are you safe?" prompt after D), samples the host's CPU and memory, and prints one JSON line.
//   node tools/bench/overdue.js --sessions 1000 --grace 30 --port 5091 -- dotnet artifacts/bench/host/EngagementBot.Host.dll --urls http://127.0.0.1:5091
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { spawn, execSync } = require('node:child_process');

const sep = process.argv.indexOf('--');
if (sep < 0) {
    console.error('usage: overdue.js [--sessions N] [--concurrency C] [--grace S] [--plan-budget S] [--wait S] [--port P] [--pack FILE] -- <host command>');
    process.exit(2);
}
const args = {};
for (let i = 2; i < sep; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const sessions = Number(args.sessions || 1000);
const concurrency = Number(args.concurrency || 40);
const graceS = Number(args.grace || 30);
const planBudgetS = Number(args['plan-budget'] || 300);
const waitS = Number(args.wait || 180);
const port = Number(args.port || 5091);
const packFile = args.pack || path.join(__dirname, '../../seeds/packs/cwm-taf-children.json');
const command = process.argv.slice(sep + 1);
const zone = 'Europe/London';
const tenant = 'tenant-bench';
const teamsAppId = 'teams-app-bench';
const mailbox = 'aad-bench-mailbox';
const graphToken = process.env.BENCH_GRAPH_TOKEN || 'bench-graph-token';

const log = (...m) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...m);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const caseOf = (i) => `SC-${String(i).padStart(4, '0')}-1`;
const caseRegex = /SC-\d{4}-1/;

// ---- what arrived, when ----
const replies = new Map(); // conversation id -> bodies the bot sent into it
const firsts = { card: new Map(), mail: new Map(), feed: new Map(), prompt: new Map() };
const counts = { card: new Map(), mail: new Map(), feed: new Map(), prompt: new Map() };
const errors = [];
function record(kind, text, at) {
    const m = caseRegex.exec(text);
    if (!m) return;
    if (!firsts[kind].has(m[0])) firsts[kind].set(m[0], at);
    counts[kind].set(m[0], (counts[kind].get(m[0]) || 0) + 1);
}

function readBody(req) {
    return new Promise((resolve) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
}
function json(res, status, value) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(value === undefined ? '' : JSON.stringify(value));
}

// ---- fake Bot Connector ----
let activityIds = 0;
let connectorUrl = '';
const connector = http.createServer(async (req, res) => {
    const text = await readBody(req);
    const at = Date.now();
    const url = decodeURIComponent(req.url.split('?')[0]);
    const body = text ? JSON.parse(text) : null;
    if (req.method === 'POST' && (url === '/v3/conversations' || url === '/v3/conversations/')) {
        const id = ++activityIds;
        return json(res, 200, { id: `a:chat-${id}`, activityId: `act-${id}`, serviceUrl: connectorUrl });
    }
    if (req.method === 'GET' && url.includes('/members/')) {
        const member = url.slice(url.lastIndexOf('/') + 1);
        return json(res, 200, { id: `29:${member}`, name: 'Bench User', aadObjectId: member });
    }
    const m = /^\/v3\/conversations\/([^/]+)\/activities(\/[^/]+)?$/.exec(url);
    if (m && (req.method === 'POST' || req.method === 'PUT')) {
        if (req.method === 'POST') {
            const list = replies.get(m[1]) || [];
            list.push(text);
            replies.set(m[1], list);
            const card = JSON.stringify(body.attachments || []);
            if (card.includes('alert-handle')) record('card', card, at);
            else if (card.includes('Are you safe?')) record('prompt', card, at);
        }
        return json(res, 200, { id: `act-${++activityIds}` });
    }
    json(res, 404, { error: { code: 'NotFound', message: 'fake connector does not serve this' } });
});

// ---- fake Microsoft Graph: worker i's line manager is aad-m-i ----
const installed = new Set();
const graph = http.createServer(async (req, res) => {
    const text = await readBody(req);
    const at = Date.now();
    if (req.headers.authorization !== `Bearer ${graphToken}`) return json(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'no token' } });
    const pathPart = req.url.split('?')[0];
    const m = /^\/v1\.0\/users\/([^/]+)(\/.*)?$/.exec(pathPart);
    if (!m) return json(res, 404, { error: { code: 'Request_UnsupportedQuery', message: 'fake Graph does not serve this' } });
    const user = decodeURIComponent(m[1]);
    const rest = m[2] || '';
    const person = (id) => ({ '@odata.type': '#microsoft.graph.user', id, displayName: id.startsWith('aad-m-') ? `Manager ${id.slice(6)}` : `Worker ${id.slice(6)}`, mail: `${id}@bench.example`, userPrincipalName: `${id}@bench.example` });
    if (req.method === 'GET' && rest === '') return json(res, 200, person(user));
    if (req.method === 'GET' && rest === '/manager') {
        return user.startsWith('aad-w-') ? json(res, 200, person(`aad-m-${user.slice(6)}`)) : json(res, 404, { error: { code: 'Request_ResourceNotFound', message: 'no manager' } });
    }
    if (req.method === 'GET' && rest === '/teamwork/installedApps') {
        return json(res, 200, { value: installed.has(user) ? [{ id: `installation-${user}`, teamsApp: { id: teamsAppId, externalId: 'manifest-bench', displayName: 'EngagementBot', distributionMethod: 'organization' } }] : [] });
    }
    if (req.method === 'POST' && rest === '/teamwork/installedApps') {
        if (installed.has(user)) return json(res, 409, { error: { code: 'Conflict', message: 'App is already installed.' } });
        installed.add(user);
        return json(res, 201);
    }
    if (req.method === 'POST' && rest === '/teamwork/sendActivityNotification') {
        record('feed', text, at);
        return json(res, 204);
    }
    if (req.method === 'POST' && rest === '/sendMail') {
        if (text.includes('URGENT')) record('mail', text, at);
        return json(res, 202);
    }
    json(res, 404, { error: { code: 'Request_UnsupportedQuery', message: 'fake Graph does not serve this' } });
});

// ---- the host and its CPU and memory ----
const ticks = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
function procSample(pid) {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const cpuS = (Number(fields[11]) + Number(fields[12])) / ticks;
        const rssKb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
        return { at: Date.now(), cpuS, rssKb };
    } catch {
        return null;
    }
}
const samples = [];
function cpuPct(from, to) {
    const a = samples.filter((s) => s.at >= from)[0];
    const b = samples.filter((s) => s.at <= to).pop();
    return a && b && b.at > a.at ? +(100 * (b.cpuS - a.cpuS) / ((b.at - a.at) / 1000)).toFixed(1) : null;
}

// ---- one worker planning a visit through the real dialog ----
function localParts(ms) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
    return `${parts.day}/${parts.month} ${parts.hour}:${parts.minute}`;
}
const pack = JSON.parse(fs.readFileSync(packFile, 'utf8'));
const safe = Object.fromEntries(pack.preContactQuestions.map((q) => [q.id,
    q.kind === 'yesNo' ? ((q.risk?.raisedBy || []).includes('no') ? 'yes' : 'no')
        : q.kind === 'choice' ? q.options.find((o) => !(q.risk?.raisedBy || []).includes(o.id)).id
            : 'Nobody else expected']));
function inputsOf(node, found = []) {
    if (Array.isArray(node)) node.forEach((n) => inputsOf(n, found));
    else if (node && typeof node === 'object') {
        if (typeof node.type === 'string' && node.type.startsWith('Input.')) found.push(node.id);
        Object.values(node).forEach((n) => inputsOf(n, found));
    }
    return found;
}
function submitFor(cardBody) {
    const card = cardBody.attachments[0].content;
    const data = { ...card.actions[0].data };
    for (const id of inputsOf(card)) data[id] = safe[id];
    return data;
}

async function post(activity) {
    return new Promise((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
            res.resume();
            res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error(`bot answered ${res.statusCode}`))));
        });
        req.setTimeout(60000, () => req.destroy(new Error('bot did not answer in 60 s')));
        req.on('error', reject);
        req.end(JSON.stringify(activity));
    });
}

async function plan(i, visitAt, backBy) {
    const conversation = `a:bench-${i}`;
    const from = { id: `29:bench-${i}`, name: `Worker ${i}`, aadObjectId: `aad-w-${i}` };
    let turn = 0;
    let seen = 0;
    const say = async (text, value) => {
        turn += 1;
        await post({
            type: 'message', id: `m-${i}-${turn}`, channelId: 'msteams', serviceUrl: connectorUrl, timestamp: new Date().toISOString(), locale: 'en-GB',
            text, value, from, recipient: { id: '28:bench-bot', name: 'EngagementBot' },
            conversation: { id: conversation, conversationType: 'personal', tenantId: tenant }, channelData: { tenant: { id: tenant } },
        });
    };
    // Waits for a reply (since the last one read) containing needle; returns its body.
    const expect = async (needle) => {
        const until = Date.now() + 30000;
        for (;;) {
            const list = replies.get(conversation) || [];
            for (; seen < list.length; seen++) {
                if (list[seen].includes(needle)) { seen += 1; return JSON.parse(list[seen - 1]); }
            }
            if (Date.now() > until) throw new Error(`conversation ${i}: no reply containing "${needle}" after turn ${turn}: ${(list[list.length - 1] || '').slice(0, 300)}`);
            await sleep(20);
        }
    };
    await say('plan a visit'); await expect('case reference');
    await say(caseOf(i)); await expect('When is the visit?');
    await say(visitAt); await expect('Where will you meet?');
    await say(undefined, { command: 'choice', prompt: 'plan-visit.venue', value: 'home' }); await expect('When do you expect to be finished');
    await say(backBy); await expect('Where exactly');
    await say('14 Example Road, Pontypridd'); await expect('mobile number');
    await say('07700 900123');
    const first = await expect('About this visit (1 of 2)');
    await say(undefined, submitFor(first));
    const second = await expect('Keeping you safe (2 of 2)');
    await say(undefined, submitFor(second));
    await expect('check-in session for');
}

function stats(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
    const r = (v) => (v === null ? null : +(v / 1000).toFixed(3));
    return { n: sorted.length, p50_s: r(at(50)), p95_s: r(at(95)), p99_s: r(at(99)), max_s: r(sorted.length ? sorted[sorted.length - 1] : null), min_s: r(sorted.length ? sorted[0] : null) };
}

async function main() {
    await new Promise((r) => connector.listen(0, '127.0.0.1', r));
    await new Promise((r) => graph.listen(0, '127.0.0.1', r));
    connectorUrl = `http://127.0.0.1:${connector.address().port}/`;
    const env = {
        ...process.env,
        Graph__Enabled: 'true',
        Graph__BaseUrl: `http://127.0.0.1:${graph.address().port}/v1.0`,
        Graph__TeamsAppId: teamsAppId,
        Graph__MailSenderAadObjectId: mailbox,
        LoneWorker__TimeZone: zone,
        LoneWorker__Timings__GracePeriod: new Date(graceS * 1000).toISOString().slice(11, 19),
        // office hours all day, so each worker's line manager is asked first whenever the bench runs
        LoneWorker__WorkingHours__Start: '00:00:00',
        LoneWorker__WorkingHours__End: '23:59:59.9999999',
        ...Object.fromEntries(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day, i) => [`LoneWorker__WorkingHours__Days__${i}`, day])),
        BENCH_GRAPH_TOKEN: graphToken,
    };
    const child = spawn(command[0], command.slice(1), { env, stdio: ['ignore', 'ignore', 'inherit'] });
    let exited = null;
    child.on('exit', (code) => { exited = code; });
    const sampler = setInterval(() => { const s = procSample(child.pid); if (s) samples.push(s); }, 500);
    const stop = () => { clearInterval(sampler); if (exited === null) child.kill('SIGTERM'); connector.close(); graph.close(); };
    try {
        // ready: a first message is answered
        const readyBy = Date.now() + 60000;
        for (;;) {
            if (exited !== null) throw new Error(`host exited with ${exited}`);
            try { await post({ type: 'conversationUpdate', id: 'ready', channelId: 'msteams', serviceUrl: connectorUrl, from: { id: '29:ready' }, recipient: { id: '28:bench-bot' }, conversation: { id: 'a:ready', conversationType: 'personal', tenantId: tenant } }); break; } catch (e) {
                if (Date.now() > readyBy) throw new Error(`host not ready: ${e.message}`);
                await sleep(200);
            }
        }

        // All due back at minute D; the visit itself a minute earlier, still ahead when the last worker answers.
        const deadline = Math.ceil((Date.now() + planBudgetS * 1000) / 60000) * 60000;
        const visitAt = deadline - 60000;
        log(`planning ${sessions} visits, ${concurrency} at a time; all due back at ${localParts(deadline)} (${zone}), grace ${graceS} s`);
        const planStart = Date.now();
        let next = 0;
        let done = 0;
        await Promise.all(Array.from({ length: Math.min(concurrency, sessions) }, async () => {
            while (next < sessions) {
                const i = next++;
                await plan(i, localParts(visitAt), localParts(deadline));
                done += 1;
                if (done % 100 === 0) log(`${done} sessions open`);
            }
        }));
        const planEnd = Date.now();
        if (planEnd >= visitAt) throw new Error(`planning took until ${(planEnd - visitAt) / 1000} s after the visit time; raise --plan-budget`);
        log(`${sessions} sessions open after ${((planEnd - planStart) / 1000).toFixed(1)} s; waiting for ${new Date(deadline).toISOString()} + ${graceS} s`);
        const idleFrom = Date.now() + 5000;
        await sleep(deadline - Date.now());
        const idleCpu = cpuPct(idleFrom, deadline);

        const alertAt = deadline + graceS * 1000;
        const giveUp = alertAt + waitS * 1000;
        while (Date.now() < giveUp && (firsts.card.size < sessions || firsts.mail.size < sessions || firsts.feed.size < sessions)) {
            if (exited !== null) throw new Error(`host exited with ${exited}`);
            await sleep(250);
        }
        const lastArrival = Math.max(...[...firsts.card.values(), ...firsts.mail.values(), ...firsts.feed.values()], alertAt);
        await sleep(2000); // duplicates, if any, would show now
        const within = (map) => [...map.values()].filter((t) => t - alertAt <= 5000).length;
        const late = (map, from) => [...map.values()].map((t) => t - from);
        const result = {
            sessions,
            grace_s: graceS,
            planning_s: +((planEnd - planStart) / 1000).toFixed(1),
            planning_turns_per_s: +((sessions * 9) / ((planEnd - planStart) / 1000)).toFixed(1),
            deadline: new Date(deadline).toISOString(),
            manager_card: { ...stats(late(firsts.card, alertAt)), within_5s: within(firsts.card), duplicates: [...counts.card.values()].filter((c) => c > 1).length },
            manager_mail: { ...stats(late(firsts.mail, alertAt)), within_5s: within(firsts.mail), duplicates: [...counts.mail.values()].filter((c) => c > 1).length },
            manager_feed: { ...stats(late(firsts.feed, alertAt)), within_5s: within(firsts.feed), duplicates: [...counts.feed.values()].filter((c) => c > 1).length },
            worker_prompt_after_deadline: { ...stats(late(firsts.prompt, deadline)), duplicates: [...counts.prompt.values()].filter((c) => c > 1).length },
            host_cpu_pct: { planning: cpuPct(planStart, planEnd), idle_before_deadline: idleCpu, prompts: cpuPct(deadline, deadline + 5000), alerts: cpuPct(alertAt, lastArrival) },
            host_rss_mb: { after_planning: +((samples.filter((s) => s.at <= planEnd).pop()?.rssKb || 0) / 1024).toFixed(0), peak: +(Math.max(...samples.map((s) => s.rssKb)) / 1024).toFixed(0) },
            nproc: require('node:os').cpus().length,
            errors,
        };
        console.log(JSON.stringify(result));
        return result.manager_card.n === sessions ? 0 : 1;
    } finally {
        stop();
    }
}

main().then((code) => { process.exitCode = code; }, (e) => { console.error(e.stack || String(e)); process.exitCode = 1; setTimeout(() => process.exit(1), 3000).unref(); });
