#!/usr/bin/env node
'use strict';
// Draws the two Teams app icons from geometry: a shield with a check mark, meaning "kept safe".
//   color.png   192×192, full colour: white shield on the accent colour, check cut in the accent colour
//   outline.png  32×32, white strokes on a fully transparent background (Teams' outline rule)
// Usage: node make-icons.js [--out-dir DIR]   write both PNGs (default: <repo>/manifest)
//        node make-icons.js --check [--out-dir DIR]   exit 1 if the PNGs there differ, pixel for pixel,
//                                                     from what this script draws
// Anti-aliasing is by supersampling; the output depends only on this file.

const fs = require('node:fs');
const path = require('node:path');
const { encodePng, decodePng } = require('./lib/png');

const ACCENT = [0x0b, 0x6a, 0x74]; // keep in step with accentColor in manifest.template.json
const WHITE = [255, 255, 255];

// The shield in its own frame: u in [-1, 1] left to right, v in [0, 1] top to bottom.
function shieldOutline() {
    const points = [];
    const quad = (p0, p1, p2, steps) => {
        for (let i = 1; i <= steps; i++) {
            const t = i / steps;
            const a = (1 - t) * (1 - t);
            const b = 2 * (1 - t) * t;
            const c = t * t;
            points.push([a * p0[0] + b * p1[0] + c * p2[0], a * p0[1] + b * p1[1] + c * p2[1]]);
        }
    };
    const cubic = (p0, p1, p2, p3, steps) => {
        for (let i = 1; i <= steps; i++) {
            const t = i / steps;
            const s = 1 - t;
            const a = s * s * s;
            const b = 3 * s * s * t;
            const c = 3 * s * t * t;
            const d = t * t * t;
            points.push([
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            ]);
        }
    };
    points.push([0, 0]);
    quad([0, 0], [0.55, 0.12], [1, 0.13], 24); // top edge, right half
    points.push([1, 0.5]); // right side
    cubic([1, 0.5], [1, 0.76], [0.5, 0.92], [0, 1], 48); // down to the point
    cubic([0, 1], [-0.5, 0.92], [-1, 0.76], [-1, 0.5], 48);
    points.push([-1, 0.13]);
    quad([-1, 0.13], [-0.55, 0.12], [0, 0], 24);
    points.pop(); // closing point repeats the first
    return points;
}

const CHECK = [[-0.46, 0.5], [-0.13, 0.72], [0.48, 0.31]];

function place(points, frame) {
    return points.map(([u, v]) => [frame.cx + u * frame.halfWidth, frame.top + v * frame.height]);
}

function insidePolygon(x, y, polygon) {
    let inside = false;
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
        const [xi, yi] = polygon[i];
        const [xj, yj] = polygon[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function distanceToPath(x, y, points, closed) {
    let best = Infinity;
    const last = closed ? points.length : points.length - 1;
    for (let i = 0; i < last; i++) {
        best = Math.min(best, distanceToSegment(x, y, points[i], points[(i + 1) % points.length]));
    }
    return best;
}

/** Renders size×size pixels; shade(x, y) gives [r, g, b, a] (0..1 floats) for a point in unit space. */
function render(size, samples, shade) {
    const rgba = new Uint8Array(size * size * 4);
    for (let py = 0; py < size; py++) {
        for (let px = 0; px < size; px++) {
            let r = 0, g = 0, b = 0, a = 0;
            for (let sy = 0; sy < samples; sy++) {
                for (let sx = 0; sx < samples; sx++) {
                    const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
                    r += cr * ca; g += cg * ca; b += cb * ca; a += ca; // premultiplied accumulation
                }
            }
            const n = samples * samples;
            const o = (py * size + px) * 4;
            const alpha = a / n;
            rgba[o] = alpha > 0 ? Math.round((r / a) * 255) : 255;
            rgba[o + 1] = alpha > 0 ? Math.round((g / a) * 255) : 255;
            rgba[o + 2] = alpha > 0 ? Math.round((b / a) * 255) : 255;
            rgba[o + 3] = Math.round(alpha * 255);
        }
    }
    return rgba;
}

const unit = (rgb) => rgb.map((c) => c / 255);

function drawColor() {
    const size = 192;
    const frame = { cx: 0.5, halfWidth: 0.255, top: 0.165, height: 0.67 };
    const shield = place(shieldOutline(), frame);
    const check = place(CHECK, frame);
    const checkHalfWidth = 0.036;
    const [ar, ag, ab] = unit(ACCENT);
    return render(size, 4, (x, y) => {
        if (insidePolygon(x, y, shield) && distanceToPath(x, y, check, false) > checkHalfWidth) return [1, 1, 1, 1];
        return [ar, ag, ab, 1];
    });
}

function drawOutline() {
    const size = 32;
    // Pixel-fitted: 2 px strokes, shield spans x 4..28, y 2..30.
    const frame = { cx: 0.5, halfWidth: 11 / 32, top: 2.5 / 32, height: 27 / 32 };
    const shield = place(shieldOutline(), frame);
    const check = place(CHECK, frame);
    const stroke = 1 / 32; // half of a 2 px line
    return render(size, 8, (x, y) => {
        const onEdge = distanceToPath(x, y, shield, true) <= stroke;
        const onCheck = distanceToPath(x, y, check, false) <= stroke * 1.1;
        return onEdge || onCheck ? [1, 1, 1, 1] : [1, 1, 1, 0];
    });
}

function main(argv) {
    let outDir = path.resolve(__dirname, '..', '..', 'manifest');
    let check = false;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--out-dir') outDir = path.resolve(argv[++i] ?? '');
        else if (argv[i] === '--check') check = true;
        else {
            process.stderr.write(`unknown argument ${argv[i]}\nusage: make-icons.js [--check] [--out-dir DIR]\n`);
            return 2;
        }
    }
    const icons = [
        { file: 'color.png', size: 192, rgba: drawColor() },
        { file: 'outline.png', size: 32, rgba: drawOutline() },
    ];
    let differences = 0;
    for (const icon of icons) {
        const target = path.join(outDir, icon.file);
        if (check) {
            let same = false;
            try {
                const existing = decodePng(fs.readFileSync(target));
                same = existing.width === icon.size && existing.height === icon.size &&
                    Buffer.from(existing.rgba).equals(Buffer.from(icon.rgba));
            } catch (error) {
                process.stderr.write(`${target}: ${error.message}\n`);
            }
            if (!same) {
                differences++;
                process.stderr.write(`${target} differs from what make-icons.js draws; run node tools/manifest/make-icons.js\n`);
            }
        } else {
            fs.mkdirSync(outDir, { recursive: true });
            fs.writeFileSync(target, encodePng(icon.size, icon.size, icon.rgba));
            process.stdout.write(`wrote ${target}\n`);
        }
    }
    return differences === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
