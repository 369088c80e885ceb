// Validates dialog definitions against dialogs/dialog.schema.json with ajv (JSON Schema 2020-12),
// so the schema editors and tools use is proved against the definitions the engine loads.
// Usage: node validate-dialog-schema.js <schema.json> <definition.json>...
// Prints a JSON array: [{ file, valid, errors: ["<path> <message>"] }].
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strictTypes: true, strictTuples: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
const results = files.map((file) => {
  const valid = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
  return { file, valid, errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`) };
});
process.stdout.write(JSON.stringify(results));
