#!/usr/bin/env node
'use strict';
// Builds the Teams app package from manifest/manifest.template.json and the icons beside it.
//
//   node tools/manifest/build.js [--settings FILE] [--set NAME=VALUE]... [--no-env]
//                                [--out-dir DIR] [--template FILE]
//
// Every ${{NAME}} placeholder in the template takes its value from, last one winning:
//   1. manifest/settings.defaults.json   values that make a valid package for local use
//   2. --settings FILE                   a JSON object { "NAME": "value", ... }
//   3. the environment variable NAME      (skipped with --no-env)
//   4. --set NAME=VALUE                   on the command line
// The result is validated offline (lib/checks.js: Microsoft's schema, Teams' rules, the icons);
// any error is printed and the build exits 1 without leaving a package behind. On success it
// writes DIR/manifest.json (for reading) and DIR/engagementbot-teams-app.zip holding
// manifest.json, color.png and outline.png at its root. DIR defaults to manifest/build.

const fs = require('node:fs');
const path = require('node:path');
const { writeZip } = require('./lib/zip');
const { validatePackage, PLACEHOLDER } = require('./lib/checks');

const REPO = path.resolve(__dirname, '..', '..');
const PACKAGE_FILE = 'engagementbot-teams-app.zip';
const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, 'g');

class UsageError extends Error {}

function parseArguments(argv) {
    const options = {
        settingsFile: null,
        sets: [],
        useEnvironment: true,
        outDir: path.join(REPO, 'manifest', 'build'),
        template: path.join(REPO, 'manifest', 'manifest.template.json'),
    };
    const value = (i, flag) => {
        if (i >= argv.length) throw new UsageError(`${flag} needs a value`);
        return argv[i];
    };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        switch (flag) {
            case '--settings': options.settingsFile = path.resolve(value(++i, flag)); break;
            case '--set': {
                const pair = value(++i, flag);
                const eq = pair.indexOf('=');
                if (eq <= 0) throw new UsageError(`--set expects NAME=VALUE, got ${pair}`);
                options.sets.push([pair.slice(0, eq), pair.slice(eq + 1)]);
                break;
            }
            case '--no-env': options.useEnvironment = false; break;
            case '--out-dir': options.outDir = path.resolve(value(++i, flag)); break;
            case '--template': options.template = path.resolve(value(++i, flag)); break;
            case '-h':
            case '--help':
                throw new UsageError('');
            default:
                throw new UsageError(`unknown argument ${flag}`);
        }
    }
    return options;
}

function readSettingsFile(file) {
    let parsed;
    try {
        parsed = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new UsageError(`cannot read settings ${file}: ${error.message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new UsageError(`settings ${file} must hold a JSON object of NAME: "value"`);
    }
    for (const [name, setting] of Object.entries(parsed)) {
        if (typeof setting !== 'string') throw new UsageError(`settings ${file}: ${name} must be a string`);
    }
    return parsed;
}

function placeholdersIn(value, found = new Set()) {
    if (typeof value === 'string') {
        for (const match of value.matchAll(PLACEHOLDERS)) found.add(match[1]);
    } else if (Array.isArray(value)) {
        value.forEach((item) => placeholdersIn(item, found));
    } else if (value && typeof value === 'object') {
        Object.values(value).forEach((item) => placeholdersIn(item, found));
    }
    return found;
}

/** Replaces placeholders in every string of the parsed template (so values never break the JSON). */
function substitute(value, settings) {
    if (typeof value === 'string') return value.replace(PLACEHOLDERS, (_, name) => settings[name].value);
    if (Array.isArray(value)) return value.map((item) => substitute(item, settings));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, settings)]));
    }
    return value;
}

function resolveSettings(names, options) {
    const settings = {};
    const apply = (values, source) => {
        for (const [name, value] of Object.entries(values)) settings[name] = { value, source };
    };
    const defaultsFile = path.join(REPO, 'manifest', 'settings.defaults.json');
    apply(readSettingsFile(defaultsFile), 'default');
    if (options.settingsFile) apply(readSettingsFile(options.settingsFile), path.basename(options.settingsFile));
    if (options.useEnvironment) {
        for (const name of names) {
            if (Object.prototype.hasOwnProperty.call(process.env, name)) {
                settings[name] = { value: process.env[name], source: 'env' };
            }
        }
    }
    for (const [name, value] of options.sets) settings[name] = { value, source: '--set' };
    return settings;
}

function removeStalePackage(outDir) {
    for (const file of [PACKAGE_FILE, 'manifest.json']) {
        fs.rmSync(path.join(outDir, file), { force: true });
    }
}

async function build(options) {
    const templateText = fs.readFileSync(options.template, 'utf8');
    const template = JSON.parse(templateText);
    const names = [...placeholdersIn(template)].sort();
    const settings = resolveSettings(names, options);

    const missing = names.filter((name) => !(name in settings));
    if (missing.length > 0) {
        removeStalePackage(options.outDir);
        process.stderr.write(`error: no value for ${missing.join(', ')} (settings file, environment or --set)\n`);
        return 1;
    }
    for (const name of Object.keys(settings)) {
        if (!names.includes(name) && settings[name].source !== 'default') {
            process.stderr.write(`warning: setting ${name} (${settings[name].source}) is not used by the template\n`);
        }
    }

    const manifest = substitute(template, settings);
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    const iconDir = path.dirname(options.template);
    const files = new Map([['manifest.json', Buffer.from(manifestText, 'utf8')]]);
    for (const key of ['color', 'outline']) {
        const name = manifest.icons?.[key];
        if (typeof name === 'string' && !files.has(name)) {
            const file = path.join(iconDir, name);
            if (fs.existsSync(file)) files.set(name, fs.readFileSync(file));
        }
    }

    const result = await validatePackage(manifestText, files);
    if (result.errors.length > 0) {
        removeStalePackage(options.outDir);
        process.stderr.write(`error: the manifest is not valid (${result.errors.length} error(s)); no package written\n`);
        for (const error of result.errors) {
            process.stderr.write(`  [${error.source}] ${error.path || '/'}: ${error.message}` +
                `${error.details !== undefined ? ` ${JSON.stringify(error.details)}` : ''}\n`);
        }
        process.stdout.write(`${JSON.stringify({ valid: false, errors: result.errors }, null, 2)}\n`);
        return 1;
    }

    fs.mkdirSync(options.outDir, { recursive: true });
    const zipPath = path.join(options.outDir, PACKAGE_FILE);
    const zip = writeZip([...files].map(([name, data]) => ({ name, data })));
    fs.writeFileSync(path.join(options.outDir, 'manifest.json'), manifestText);
    fs.writeFileSync(`${zipPath}.tmp`, zip);
    fs.renameSync(`${zipPath}.tmp`, zipPath);

    for (const name of names) {
        process.stdout.write(`  ${name} = ${settings[name].value} (${settings[name].source})\n`);
    }
    if (settings.BOT_APP_ID?.source === 'default') {
        process.stderr.write('warning: BOT_APP_ID is the local default; set the Entra app id of the bot before uploading to Teams\n');
    }
    process.stdout.write(`wrote ${zipPath} (manifest ${result.schemaVersion}, ${[...files.keys()].join(', ')})\n`);
    return 0;
}

async function main(argv) {
    let options;
    try {
        options = parseArguments(argv);
        return await build(options);
    } catch (error) {
        if (error instanceof UsageError) {
            if (error.message) process.stderr.write(`error: ${error.message}\n`);
            process.stderr.write('usage: build.js [--settings FILE] [--set NAME=VALUE]... [--no-env] [--out-dir DIR] [--template FILE]\n');
            return 2;
        }
        throw error;
    }
}

main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error) => {
        process.stderr.write(`${error.stack || error}\n`);
        process.exitCode = 2;
    },
);
