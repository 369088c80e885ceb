'use strict';
// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as used by both PNG chunks and zip entries.

const TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) {
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        }
        table[n] = c >>> 0;
    }
    return table;
})();

/** CRC-32 of one or more buffers, as an unsigned 32-bit number. */
function crc32(...buffers) {
    let crc = 0xffffffff;
    for (const buffer of buffers) {
        for (let i = 0; i < buffer.length; i++) {
            crc = TABLE[(crc ^ buffer[i]) & 0xff] ^ (crc >>> 8);
        }
    }
    return (crc ^ 0xffffffff) >>> 0;
}

module.exports = { crc32 };
