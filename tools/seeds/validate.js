#!/usr/bin/env node
// Validates procedure packs against seeds/procedure-pack.schema.json with ajv (draft 2020-12, strict).
// Usage: node tools/seeds/validate.js [pack.json ...]
//   no arguments: every seeds/packs/*.json
// Prints one JSON report on stdout; exit code 0 when every pack is valid, 1 when any is not,
// 2 when the schema itself does not compile or a file cannot be read.
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const repoRoot = path.resolve(__dirname, '..', '..');
const schemaPath = path.join(repoRoot, 'seeds', 'procedure-pack.schema.json');
const packsDir = path.join(repoRoot, 'seeds', 'packs');

function packFiles(args) {
  if (args.length > 0) {
    return args.map((a) => path.resolve(process.cwd(), a));
  }
  return fs
    .readdirSync(packsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(packsDir, f));
}

function main() {
  let validate;
  try {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
  } catch (e) {
    process.stdout.write(JSON.stringify({ ok: false, schemaError: String(e.message || e) }, null, 2) + '\n');
    return 2;
  }

  const files = packFiles(process.argv.slice(2));
  const results = [];
  let readFailure = false;
  for (const file of files) {
    let data;
    try {
      data = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      readFailure = true;
      results.push({ file, valid: false, errors: [{ message: 'cannot read or parse: ' + String(e.message || e) }] });
      continue;
    }
    const valid = validate(data);
    results.push({
      file,
      valid,
      errors: valid
        ? []
        : validate.errors.map((e) => ({
            instancePath: e.instancePath,
            schemaPath: e.schemaPath,
            keyword: e.keyword,
            params: e.params,
            message: e.message,
          })),
    });
  }

  const ok = files.length > 0 && results.every((r) => r.valid);
  const report = { ok, packs: results.length, errorCount: results.reduce((n, r) => n + r.errors.length, 0), results };
  if (files.length === 0) {
    report.message = 'no packs found in ' + packsDir;
  }
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  if (readFailure) {
    return 2;
  }
  return ok ? 0 : 1;
}

process.exitCode = main();
