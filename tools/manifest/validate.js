#!/usr/bin/env node
'use strict';
// Validates a Teams app package offline and prints the result as JSON on stdout.
//   node tools/manifest/validate.js <package.zip | manifest.json | folder holding manifest.json>
// Exit code: 0 with no errors, 1 with errors (all printed), 2 on a usage error.
// A manifest.json or folder is checked with the icon files beside it; a zip with its own entries.
// What is checked: see lib/checks.js (Microsoft's schema through @microsoft/app-manifest, the rules
// Teams adds, and the icons).
// Output: { input, schemaVersion, valid, errorCount, errors: [{ source, path, message, details? }],
//           icons: { color: { file, width, height }, outline: { ..., nonWhitePixels } }, entries? }

const fs = require('node:fs');
const path = require('node:path');
const { readZip } = require('./lib/zip');
const { validatePackage } = require('./lib/checks');

function folderFiles(dir) {
    return {
        get(name) {
            const file = path.resolve(dir, name);
            return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : undefined;
        },
    };
}

function packageFailure(message) {
    return { errors: [{ source: 'package', path: '', message }], icons: {}, schemaVersion: null };
}

async function validateInput(input) {
    const stat = fs.statSync(input);
    if (stat.isDirectory()) {
        const manifestFile = path.join(input, 'manifest.json');
        if (!fs.existsSync(manifestFile)) {
            return packageFailure(`${input} has no manifest.json`);
        }
        return validatePackage(fs.readFileSync(manifestFile, 'utf8'), folderFiles(input));
    }
    const bytes = fs.readFileSync(input);
    if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
        let entries;
        try {
            entries = readZip(bytes);
        } catch (error) {
            return packageFailure(`not a readable zip: ${error.message}`);
        }
        const files = new Map(entries.map((entry) => [entry.name, entry.data]));
        const names = entries.map((entry) => entry.name);
        const manifest = files.get('manifest.json');
        if (!manifest) {
            return { ...packageFailure('the zip has no manifest.json at its root'), entries: names };
        }
        return { ...(await validatePackage(manifest.toString('utf8'), files)), entries: names };
    }
    return validatePackage(bytes.toString('utf8'), folderFiles(path.dirname(input)));
}

async function main(argv) {
    if (argv.length !== 1 || argv[0].startsWith('-')) {
        process.stderr.write('usage: validate.js <package.zip | manifest.json | folder>\n');
        return 2;
    }
    const input = path.resolve(argv[0]);
    if (!fs.existsSync(input)) {
        process.stderr.write(`${input} does not exist\n`);
        return 2;
    }
    const result = await validateInput(input);
    const output = {
        input,
        schemaVersion: result.schemaVersion,
        valid: result.errors.length === 0,
        errorCount: result.errors.length,
        errors: result.errors,
        icons: result.icons,
    };
    if (result.entries) output.entries = result.entries;
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return output.valid ? 0 : 1;
}

main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error) => {
        process.stderr.write(`${error.stack || error}\n`);
        process.exitCode = 2;
    },
);
