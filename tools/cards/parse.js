#!/usr/bin/env node
// Parses Adaptive Cards with Microsoft's official renderer library (adaptivecards) and reports
// every event it raises, split into errors and warnings:
//   - the parse phase (AdaptiveCard.parse with a SerializationContext targeting schema 1.5), and
//   - the validation phase (AdaptiveCard.validateProperties: duplicate ids, too many actions, ...).
// The library's package entry is ES modules without file extensions, which node cannot load; its
// UMD bundle (dist/adaptivecards.js) loads as is and needs no DOM for parsing and validation.
//
//   node cards/parse.js <card.json>...
//       prints one report per file; exit code 1 if any file has an error or a warning.
//   node cards/parse.js --batch < cards.json
//       cards: [{ "id": "...", "card": {...} }, ...]
//       prints [{ "id", "errors": [{event, message}], "warnings": [...] }, ...]
//
// Run with NODE_PATH=tools/node_modules (tests use EngagementBot.Testing.NodeTool).
'use strict';

const fs = require('fs');
const AC = require('adaptivecards/dist/adaptivecards.js');

// Events that say the card still works as written; everything else is an error.
const WARNING_EVENTS = new Set([
    AC.ValidationEvent.Hint,
    AC.ValidationEvent.Deprecated,
    AC.ValidationEvent.UnsupportedProperty,
    AC.ValidationEvent.RequiredInputsShouldHaveLabel,
    AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
]);

function check(id, json) {
    const errors = [];
    const warnings = [];
    const record = (phase, e) => {
        const entry = { phase, event: AC.ValidationEvent[e.event], message: e.message };
        (WARNING_EVENTS.has(e.event) ? warnings : errors).push(entry);
    };

    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        errors.push({ phase: 'parse', event: 'NotAnObject', message: 'the card is not a JSON object' });
        return { id, errors, warnings };
    }

    try {
        const context = new AC.SerializationContext(AC.Versions.v1_5);
        const card = new AC.AdaptiveCard();
        card.parse(json, context);
        for (let i = 0; i < context.eventCount; i++) {
            record('parse', context.getEventAt(i));
        }

        for (const e of card.validateProperties().validationEvents) {
            record('validation', e);
        }
    } catch (e) {
        errors.push({ phase: 'parse', event: 'Exception', message: String(e && e.message ? e.message : e) });
    }

    return { id, errors, warnings };
}

function main(args) {
    if (args[0] === '--batch') {
        const cards = JSON.parse(fs.readFileSync(0, 'utf8'));
        process.stdout.write(JSON.stringify(cards.map((c) => check(c.id, c.card))));
        return 0;
    }

    if (args.length === 0) {
        process.stderr.write('usage: parse.js <card.json>... | --batch < cards.json\n');
        return 2;
    }

    let failed = false;
    for (const file of args) {
        const report = check(file, JSON.parse(fs.readFileSync(file, 'utf8')));
        failed = failed || report.errors.length > 0 || report.warnings.length > 0;
        process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    }

    return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
