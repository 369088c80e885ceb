'use strict';
// Validates a Teams app package offline:
//   schema  - Microsoft's JSON schema for the manifest's version, bundled in @microsoft/app-manifest,
//             applied through that package's own AppManifestUtils.validateAgainstSchema
//   rules   - what Teams (or this project) also demands but the schema does not say
//   icons   - the icon files: present, PNG, 192×192 colour, 32×32 outline of white/transparent pixels
// Every finding is { source, path, message }. Nothing here touches the network.

const fs = require('node:fs');
const path = require('node:path');
const { decodePng } = require('./png');

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]*)\s*\}\}/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
// The limits schema 1.21 and older enforced; newer schemas allow more, but Teams clients still
// show commands in a short menu. Keep commands short so every client shows them whole.
const MAX_COMMANDS = 10;
const MAX_COMMAND_TITLE = 32;
const MAX_COMMAND_DESCRIPTION = 128;

function appManifestPackageDir() {
    return path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
}

function loadAppManifest() {
    // No schema may be fetched: this validation runs offline, on the schemas the package bundles.
    if (!globalThis.__engagementBotOfflineFetch) {
        globalThis.fetch = async (url) => {
            throw new Error(`network access is disabled for offline manifest validation (${url})`);
        };
        globalThis.__engagementBotOfflineFetch = true;
    }
    return require('@microsoft/app-manifest');
}

/** Maps a manifest $schema URL to the schema file bundled in @microsoft/app-manifest, or null. */
function bundledSchemaFor(schemaUrl) {
    let pathname;
    try {
        const url = new URL(schemaUrl);
        if (url.hostname !== 'developer.microsoft.com') return null;
        pathname = url.pathname.replace(/^\/[a-z]{2}(-[a-z]{2})?(?=\/json-schemas\/)/i, '');
    } catch {
        return null;
    }
    const match = /^\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(pathname);
    if (!match) return null;
    const file = path.join(appManifestPackageDir(), 'build', pathname);
    return fs.existsSync(file) ? { file, folder: match[1] } : null;
}

/** Newest numbered Teams schema version bundled in @microsoft/app-manifest, e.g. "1.30". */
function newestBundledTeamsSchemaVersion() {
    const dir = path.join(appManifestPackageDir(), 'build', 'json-schemas', 'teams');
    const versions = fs.readdirSync(dir)
        .filter((name) => /^v[0-9]+\.[0-9]+$/.test(name))
        .map((name) => name.slice(1))
        .sort((a, b) => {
            const [am, an] = a.split('.').map(Number);
            const [bm, bn] = b.split('.').map(Number);
            return am - bm || an - bn;
        });
    return versions[versions.length - 1];
}

function parseSchemaFailure(text) {
    // The package reports "<instancePath> <message>. Details: <params as JSON>".
    const match = /^(\S*) ([\s\S]*?)\. Details: ([\s\S]*)$/.exec(text);
    if (!match) return { source: 'schema', path: '', message: text };
    let details;
    try {
        details = match[3] ? JSON.parse(match[3]) : undefined;
    } catch {
        details = match[3];
    }
    const finding = { source: 'schema', path: match[1], message: match[2] };
    if (details !== undefined) finding.details = details;
    return finding;
}

async function schemaFindings(manifest) {
    const schemaUrl = manifest.$schema;
    if (typeof schemaUrl !== 'string' || schemaUrl.length === 0) {
        return [{ source: 'schema', path: '/$schema', message: 'must name the Teams manifest schema URL' }];
    }
    const bundled = bundledSchemaFor(schemaUrl);
    if (!bundled) {
        return [{
            source: 'schema',
            path: '/$schema',
            message: `${schemaUrl} is not a Teams manifest schema bundled in @microsoft/app-manifest; it cannot be validated offline`,
        }];
    }
    const { AppManifestUtils } = loadAppManifest();
    const failures = await AppManifestUtils.validateAgainstSchema(manifest);
    return failures.map(parseSchemaFailure);
}

function findPlaceholders(value, pointer, found) {
    if (typeof value === 'string') {
        const match = PLACEHOLDER.exec(value);
        if (match) found.push({ source: 'rules', path: pointer, message: `placeholder \${{${match[1]}}} was not substituted` });
    } else if (Array.isArray(value)) {
        value.forEach((item, index) => findPlaceholders(item, `${pointer}/${index}`, found));
    } else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            findPlaceholders(key, pointer, found);
            findPlaceholders(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, found);
        }
    }
    return found;
}

function ruleFindings(manifest) {
    const findings = findPlaceholders(manifest, '', []);
    const add = (pointer, message) => findings.push({ source: 'rules', path: pointer, message });

    const bundled = typeof manifest.$schema === 'string' ? bundledSchemaFor(manifest.$schema) : null;
    if (bundled && bundled.folder !== `v${manifest.manifestVersion}` &&
            !(bundled.folder === 'vDevPreview' && manifest.manifestVersion === 'devPreview')) {
        add('/manifestVersion', `must match the $schema version (${bundled.folder})`);
    }
    if (typeof manifest.version === 'string' && !SEMVER.test(manifest.version)) {
        add('/version', 'must be MAJOR.MINOR.PATCH with numbers only (Teams rejects other app versions)');
    }

    const bots = Array.isArray(manifest.bots) ? manifest.bots : [];
    if (bots.length !== 1) {
        add('/bots', 'EngagementBot is a bot app: the manifest must declare exactly one bot');
    }
    const bot = bots[0];
    if (bot && typeof bot === 'object') {
        const scopes = Array.isArray(bot.scopes) ? bot.scopes : [];
        if (!scopes.includes('personal')) add('/bots/0/scopes', 'must include personal (1:1 chat with practitioners)');
        if (!scopes.includes('team')) add('/bots/0/scopes', 'must include team (multi-agency channels)');
        const lists = Array.isArray(bot.commandLists) ? bot.commandLists : [];
        lists.forEach((list, i) => {
            for (const scope of Array.isArray(list?.scopes) ? list.scopes : []) {
                if (!scopes.includes(scope)) add(`/bots/0/commandLists/${i}/scopes`, `scope ${scope} is not one of the bot's scopes`);
            }
            const commands = Array.isArray(list?.commands) ? list.commands : [];
            if (commands.length > MAX_COMMANDS) {
                add(`/bots/0/commandLists/${i}/commands`, `must have at most ${MAX_COMMANDS} commands`);
            }
            const titles = new Set();
            commands.forEach((command, j) => {
                const pointer = `/bots/0/commandLists/${i}/commands/${j}`;
                const title = typeof command?.title === 'string' ? command.title : '';
                if (title.length > MAX_COMMAND_TITLE) add(`${pointer}/title`, `must be at most ${MAX_COMMAND_TITLE} characters`);
                if (titles.has(title.toLowerCase())) add(`${pointer}/title`, `duplicate command ${title}`);
                titles.add(title.toLowerCase());
                if (typeof command?.description !== 'string' || command.description.length === 0) {
                    add(`${pointer}/description`, 'every command needs a description');
                } else if (command.description.length > MAX_COMMAND_DESCRIPTION) {
                    add(`${pointer}/description`, `must be at most ${MAX_COMMAND_DESCRIPTION} characters`);
                }
            });
        });

        const app = manifest.webApplicationInfo;
        if (!app || typeof app !== 'object') {
            add('/webApplicationInfo', 'is required: Graph activity-feed notifications need it');
        } else if (typeof bot.botId === 'string' && GUID.test(bot.botId)) {
            if (app.id !== bot.botId) add('/webApplicationInfo/id', 'must be the bot app id');
            if (app.resource !== `api://botid-${bot.botId}`) add('/webApplicationInfo/resource', 'must be api://botid-{bot app id}');
        }
    }

    const activityTypes = manifest.activities?.activityTypes;
    if (!Array.isArray(activityTypes) || activityTypes.length === 0) {
        add('/activities/activityTypes', 'must declare the activity-feed notification types the bot sends');
    } else {
        const types = new Set();
        activityTypes.forEach((activity, i) => {
            if (types.has(activity?.type)) add(`/activities/activityTypes/${i}/type`, `duplicate activity type ${activity.type}`);
            types.add(activity?.type);
        });
    }

    (Array.isArray(manifest.validDomains) ? manifest.validDomains : []).forEach((domain, i) => {
        if (typeof domain === 'string' && (/[/:\s]/.test(domain) || domain.length === 0)) {
            add(`/validDomains/${i}`, 'must be a host name only, without scheme, port or path');
        }
    });
    return findings;
}

function iconFindings(manifest, files) {
    const findings = [];
    const icons = manifest.icons && typeof manifest.icons === 'object' ? manifest.icons : {};
    const report = {};
    const specs = [
        { key: 'color', size: 192, outline: false },
        { key: 'outline', size: 32, outline: true },
    ];
    for (const spec of specs) {
        const pointer = `/icons/${spec.key}`;
        const name = icons[spec.key];
        if (typeof name !== 'string') continue; // the schema reports a missing icon
        const data = files.get(name);
        if (!data) {
            findings.push({ source: 'icons', path: pointer, message: `file ${name} is not in the package` });
            continue;
        }
        let image;
        try {
            image = decodePng(data);
        } catch (error) {
            findings.push({ source: 'icons', path: pointer, message: `${name} is not a readable PNG: ${error.message}` });
            continue;
        }
        const info = { file: name, width: image.width, height: image.height };
        report[spec.key] = info;
        if (image.width !== spec.size || image.height !== spec.size) {
            findings.push({
                source: 'icons',
                path: pointer,
                message: `${name} must be ${spec.size}x${spec.size} pixels, is ${image.width}x${image.height}`,
            });
        }
        let offending = 0;
        let first = null;
        let coloured = 0;
        for (let p = 0; p < image.width * image.height; p++) {
            const [r, g, b, a] = image.rgba.subarray(p * 4, p * 4 + 4);
            const whiteOrTransparent = a === 0 || (r === 255 && g === 255 && b === 255);
            if (!whiteOrTransparent) {
                coloured++;
                if (!first) first = { x: p % image.width, y: Math.floor(p / image.width), rgba: [r, g, b, a] };
            }
            if (spec.outline && !whiteOrTransparent) offending++;
        }
        if (spec.outline) {
            info.nonWhitePixels = offending;
            if (offending > 0) {
                findings.push({
                    source: 'icons',
                    path: pointer,
                    message: `${name} must have only white or fully transparent pixels; ${offending} are not ` +
                        `(first at x=${first.x}, y=${first.y}, rgba=${first.rgba.join(',')})`,
                });
            }
        } else if (coloured === 0) {
            findings.push({ source: 'icons', path: pointer, message: `${name} has no colour: the colour icon must be full colour` });
        }
    }
    return { findings, report };
}

/**
  * Validates a package given as the manifest text and its files (Map of name to Buffer).
  * Returns { schemaVersion, errors, icons }.
  */
async function validatePackage(manifestText, files) {
    let manifest;
    try {
        manifest = JSON.parse(manifestText.replace(/^\uFEFF/, ''));
    } catch (error) {
        return jsonFailure(`manifest.json is not valid JSON: ${error.message}`);
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
        return jsonFailure('manifest.json must hold a JSON object');
    }
    const schema = await schemaFindings(manifest);
    const rules = ruleFindings(manifest);
    const icons = iconFindings(manifest, files);
    return {
        schemaVersion: typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : null,
        errors: [...schema, ...rules, ...icons.findings],
        icons: icons.report,
    };
}

module.exports = { validatePackage, newestBundledTeamsSchemaVersion, bundledSchemaFor, PLACEHOLDER };
