// Draws the toolbar icon (a shield split in two shades: the provider's half and yours) as PNGs.
// Run once when the design changes: node scripts/make-icons.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function inShield(x, y) {
  // Unit square coordinates; a shield: flat top, straight sides, pointed bottom.
  if (y < 0.1 || y > 0.94 || x < 0.14 || x > 0.86) return false;
  if (y < 0.55) return true;
  const half = 0.36 * (1 - (y - 0.55) / 0.39);
  return Math.abs(x - 0.5) <= half;
}

function png(size) {
  const rows = [];
  const samples = 4;
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let left = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (inShield(x, y)) {
            cover++;
            if (x < 0.5) left++;
          }
        }
      }
      const total = samples * samples;
      const shareLeft = cover === 0 ? 0 : left / cover;
      // Left half deep blue (provider), right half amber (you).
      const r = Math.round(30 * shareLeft + 217 * (1 - shareLeft));
      const g = Math.round(64 * shareLeft + 119 * (1 - shareLeft));
      const b = Math.round(175 * shareLeft + 6 * (1 - shareLeft));
      row.push(r, g, b, Math.round((255 * cover) / total));
    }
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
