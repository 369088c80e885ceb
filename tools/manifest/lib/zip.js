'use strict';
// Minimal zip writer and reader on node's zlib: no system zip tool needed. The writer makes a
// reproducible archive (fixed timestamp, given entry order); the reader handles stored and
// deflated entries, checks CRCs, and refuses what it does not understand (zip64, encryption).

const zlib = require('node:zlib');
const { crc32 } = require('./crc32');

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
// 1980-01-01 00:00:00, the earliest MS-DOS date: the same bytes on every build.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Builds a zip from [{ name, data }] (data: Buffer). Names are stored as given (use '/' for folders). */
function writeZip(entries) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    const seen = new Set();
    for (const { name, data } of entries) {
        if (seen.has(name)) throw new Error(`duplicate zip entry ${name}`);
        seen.add(name);
        const nameBytes = Buffer.from(name, 'utf8');
        const crc = crc32(data);
        const deflated = zlib.deflateRawSync(data, { level: 9 });
        const stored = deflated.length >= data.length;
        const body = stored ? data : deflated;
        const method = stored ? 0 : 8;

        const local = Buffer.alloc(30);
        local.writeUInt32LE(LOCAL_HEADER, 0);
        local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
        local.writeUInt16LE(UTF8_NAMES, 6);
        local.writeUInt16LE(method, 8);
        local.writeUInt16LE(DOS_TIME, 10);
        local.writeUInt16LE(DOS_DATE, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(body.length, 18);
        local.writeUInt32LE(data.length, 22);
        local.writeUInt16LE(nameBytes.length, 26);
        local.writeUInt16LE(0, 28); // no extra field
        locals.push(local, nameBytes, body);

        const central = Buffer.alloc(46);
        central.writeUInt32LE(CENTRAL_HEADER, 0);
        central.writeUInt16LE(20, 4); // made by: MS-DOS/FAT attributes, spec 2.0
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(UTF8_NAMES, 8);
        central.writeUInt16LE(method, 10);
        central.writeUInt16LE(DOS_TIME, 12);
        central.writeUInt16LE(DOS_DATE, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(body.length, 20);
        central.writeUInt32LE(data.length, 24);
        central.writeUInt16LE(nameBytes.length, 28);
        // extra length, comment length, disk number, internal and external attributes: all 0
        central.writeUInt32LE(offset, 42);
        centrals.push(central, nameBytes);

        offset += local.length + nameBytes.length + body.length;
    }
    const centralDirectory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(centralDirectory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, centralDirectory, end]);
}

/** Reads a zip into [{ name, data }] in central-directory order. Throws on a damaged archive. */
function readZip(buffer) {
    let end = -1;
    for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
        if (buffer.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
            end = i;
            break;
        }
    }
    if (end < 0) throw new Error('not a zip file (no end of central directory record)');
    const count = buffer.readUInt16LE(end + 10);
    const directoryOffset = buffer.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff) throw new Error('zip64 archives are not supported');

    const entries = [];
    let p = directoryOffset;
    for (let i = 0; i < count; i++) {
        if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL_HEADER) {
            throw new Error(`zip central directory entry ${i} is damaged`);
        }
        const flags = buffer.readUInt16LE(p + 8);
        const method = buffer.readUInt16LE(p + 10);
        const crc = buffer.readUInt32LE(p + 16);
        const compressedSize = buffer.readUInt32LE(p + 20);
        const size = buffer.readUInt32LE(p + 24);
        const nameLength = buffer.readUInt16LE(p + 28);
        const extraLength = buffer.readUInt16LE(p + 30);
        const commentLength = buffer.readUInt16LE(p + 32);
        const localOffset = buffer.readUInt32LE(p + 42);
        const name = buffer.toString(flags & UTF8_NAMES ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
        p += 46 + nameLength + extraLength + commentLength;

        if (flags & 1) throw new Error(`zip entry ${name} is encrypted`);
        if (localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_HEADER) {
            throw new Error(`zip entry ${name} has no local header`);
        }
        const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
        const body = buffer.subarray(dataStart, dataStart + compressedSize);
        if (body.length !== compressedSize) throw new Error(`zip entry ${name} is truncated`);
        let data;
        if (method === 0) data = Buffer.from(body);
        else if (method === 8) data = zlib.inflateRawSync(body);
        else throw new Error(`zip entry ${name} uses unsupported compression method ${method}`);
        if (data.length !== size) throw new Error(`zip entry ${name} has the wrong size`);
        if (crc32(data) !== crc) throw new Error(`zip entry ${name} fails its CRC check`);
        entries.push({ name, data });
    }
    return entries;
}

module.exports = { writeZip, readZip };
