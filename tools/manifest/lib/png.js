'use strict';
// Minimal PNG encoder (8-bit RGBA, no interlace) and decoder (every non-interlaced colour type and
// bit depth of the PNG spec, returned as 8-bit RGBA), on node's zlib only.

const zlib = require('node:zlib');
const { crc32 } = require('./crc32');

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typeBytes = Buffer.from(type, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typeBytes, data));
    return Buffer.concat([length, typeBytes, data, crc]);
}

/** Encodes width×height RGBA pixels (Uint8Array, 4 bytes a pixel, rows top to bottom). */
function encodePng(width, height, rgba) {
    if (rgba.length !== width * height * 4) {
        throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header[8] = 8; // bit depth
    header[9] = 6; // colour type: truecolour with alpha
    header[10] = 0; // compression: deflate
    header[11] = 0; // filter method 0
    header[12] = 0; // no interlace
    const stride = width * 4;
    const raw = Buffer.alloc((stride + 1) * height);
    for (let y = 0; y < height; y++) {
        raw[y * (stride + 1)] = 0; // filter type None: deterministic and simple
        Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
    }
    const idat = zlib.deflateSync(raw, { level: 9 });
    return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** Reads only the IHDR: cheap size check. Throws on anything that is not a PNG. */
function readPngHeader(buffer) {
    if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE)) {
        throw new Error('not a PNG file (bad signature)');
    }
    if (buffer.toString('ascii', 12, 16) !== 'IHDR') {
        throw new Error('not a PNG file (first chunk is not IHDR)');
    }
    return {
        width: buffer.readUInt32BE(16),
        height: buffer.readUInt32BE(20),
        bitDepth: buffer[24],
        colorType: buffer[25],
        interlace: buffer[28],
    };
}

const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a, b, c) {
    const p = a + b - c;
    const pa = Math.abs(p - a);
    const pb = Math.abs(p - b);
    const pc = Math.abs(p - c);
    if (pa <= pb && pa <= pc) return a;
    return pb <= pc ? b : c;
}

/** Decodes a PNG into { width, height, rgba } with 8 bits a channel. Verifies chunk CRCs. */
function decodePng(buffer) {
    const header = readPngHeader(buffer);
    const { width, height, bitDepth, colorType, interlace } = header;
    if (!(colorType in CHANNELS)) throw new Error(`unsupported PNG colour type ${colorType}`);
    if (interlace !== 0) throw new Error('interlaced PNGs are not supported');
    let palette = null;
    let transparency = null;
    const idat = [];
    let offset = 8;
    let ended = false;
    while (offset + 12 <= buffer.length) {
        const length = buffer.readUInt32BE(offset);
        const type = buffer.toString('ascii', offset + 4, offset + 8);
        const data = buffer.subarray(offset + 8, offset + 8 + length);
        if (data.length !== length) throw new Error(`PNG chunk ${type} is truncated`);
        const expected = buffer.readUInt32BE(offset + 8 + length);
        if (crc32(buffer.subarray(offset + 4, offset + 8), data) !== expected) {
            throw new Error(`PNG chunk ${type} has a bad CRC`);
        }
        if (type === 'PLTE') palette = data;
        else if (type === 'tRNS') transparency = data;
        else if (type === 'IDAT') idat.push(data);
        else if (type === 'IEND') {
            ended = true;
            break;
        }
        offset += 12 + length;
    }
    if (!ended) throw new Error('PNG has no IEND chunk');
    if (idat.length === 0) throw new Error('PNG has no IDAT chunk');
    if (colorType === 3 && !palette) throw new Error('palette PNG without PLTE');

    const channels = CHANNELS[colorType];
    const bitsPerPixel = channels * bitDepth;
    const bpp = Math.max(1, bitsPerPixel >> 3); // bytes a pixel for filtering
    const stride = Math.ceil((width * bitsPerPixel) / 8);
    const raw = zlib.inflateSync(Buffer.concat(idat));
    if (raw.length < (stride + 1) * height) throw new Error('PNG image data is too short');

    const rows = Buffer.alloc(stride * height);
    for (let y = 0; y < height; y++) {
        const filter = raw[y * (stride + 1)];
        const src = y * (stride + 1) + 1;
        const dst = y * stride;
        for (let x = 0; x < stride; x++) {
            const value = raw[src + x];
            const left = x >= bpp ? rows[dst + x - bpp] : 0;
            const up = y > 0 ? rows[dst - stride + x] : 0;
            const upLeft = y > 0 && x >= bpp ? rows[dst - stride + x - bpp] : 0;
            let out;
            switch (filter) {
                case 0: out = value; break;
                case 1: out = value + left; break;
                case 2: out = value + up; break;
                case 3: out = value + ((left + up) >> 1); break;
                case 4: out = value + paeth(left, up, upLeft); break;
                default: throw new Error(`bad PNG filter type ${filter} on row ${y}`);
            }
            rows[dst + x] = out & 0xff;
        }
    }

    const maxValue = (1 << bitDepth) - 1;
    const sample = (row, index) => {
        // index-th sample of the row, scaled to 0..255
        if (bitDepth === 8) return rows[row * stride + index];
        if (bitDepth === 16) return rows[row * stride + index * 2];
        const bitOffset = index * bitDepth;
        const byte = rows[row * stride + (bitOffset >> 3)];
        const value = (byte >> (8 - bitDepth - (bitOffset & 7))) & maxValue;
        return colorType === 3 ? value : Math.round((value * 255) / maxValue);
    };
    const rawSample = (row, index) => {
        if (bitDepth === 16) return rows.readUInt16BE(row * stride + index * 2);
        if (bitDepth === 8) return rows[row * stride + index];
        const bitOffset = index * bitDepth;
        const byte = rows[row * stride + (bitOffset >> 3)];
        return (byte >> (8 - bitDepth - (bitOffset & 7))) & maxValue;
    };

    const rgba = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
            const o = (y * width + x) * 4;
            const s = x * channels;
            let r, g, b, a = 255;
            switch (colorType) {
                case 0:
                    r = g = b = sample(y, s);
                    if (transparency && transparency.length >= 2 && rawSample(y, s) === transparency.readUInt16BE(0)) a = 0;
                    break;
                case 2:
                    r = sample(y, s); g = sample(y, s + 1); b = sample(y, s + 2);
                    if (transparency && transparency.length >= 6 &&
                            rawSample(y, s) === transparency.readUInt16BE(0) &&
                            rawSample(y, s + 1) === transparency.readUInt16BE(2) &&
                            rawSample(y, s + 2) === transparency.readUInt16BE(4)) a = 0;
                    break;
                case 3: {
                    const index = sample(y, s);
                    if (index * 3 + 2 >= palette.length) throw new Error(`palette index ${index} out of range`);
                    r = palette[index * 3]; g = palette[index * 3 + 1]; b = palette[index * 3 + 2];
                    if (transparency && index < transparency.length) a = transparency[index];
                    break;
                }
                case 4:
                    r = g = b = sample(y, s); a = sample(y, s + 1);
                    break;
                case 6:
                    r = sample(y, s); g = sample(y, s + 1); b = sample(y, s + 2); a = sample(y, s + 3);
                    break;
                default:
                    throw new Error(`unsupported PNG colour type ${colorType}`);
            }
            rgba[o] = r; rgba[o + 1] = g; rgba[o + 2] = b; rgba[o + 3] = a;
        }
    }
    return { width, height, rgba };
}

module.exports = { encodePng, decodePng, readPngHeader };
