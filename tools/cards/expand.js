#!/usr/bin/env node
// Expands Adaptive Card templates with Microsoft's official templating engine
// (adaptivecards-templating, the reference our C# binder is tested against) and prints the JSON.
//
//   node cards/expand.js <template.json> [data.json]
//       prints the expanded card; exit code 1 if the engine throws.
//   node cards/expand.js --batch < cases.json
//       cases: [{ "id": "...", "template": {...}, "data": {...} }, ...]
//       prints [{ "id", "result" } | { "id", "undefined": true } | { "id", "error" }, ...]
//       (one node start for many expansions; "data" may be left out for no data).
//
// Run with NODE_PATH=tools/node_modules (tests use EngagementBot.Testing.NodeTool).
'use strict';

const fs = require('fs');
const { Template } = require('adaptivecards-templating');

function expand(template, data) {
    const context = data === undefined ? {} : { $root: data };
    return new Template(template).expand(context);
}

function runCase(item) {
    try {
        const result = expand(item.template, item.data);
        return result === undefined ? { id: item.id, undefined: true } : { id: item.id, result };
    } catch (e) {
        return { id: item.id, error: String(e && e.message ? e.message : e) };
    }
}

function main(args) {
    if (args[0] === '--batch') {
        const cases = JSON.parse(fs.readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(cases.map(runCase)));
        return 0;
    }

    if (args.length < 1 || args.length > 2) {
        process.stderr.write('usage: expand.js <template.json> [data.json] | --batch < cases.json\n');
        return 2;
    }

    const template = JSON.parse(fs.readFileSync(args[0], 'utf8'));
    const data = args[1] ? JSON.parse(fs.readFileSync(args[1], 'utf8')) : undefined;
    try {
        process.stdout.write(JSON.stringify(expand(template, data), null, 2) + '\n');
        return 0;
    } catch (e) {
        process.stderr.write(`expansion failed: ${e && e.message ? e.message : e}\n`);
        return 1;
    }
}

process.exitCode = main(process.argv.slice(2));
