import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** An 8-bit RGBA image, rows top to bottom, four bytes per pixel. */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPE_RGBA = 6;
const BYTES_PER_PIXEL = 4;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

/** Encodes an RGBA image as a PNG file (8 bits per channel, no interlacing, filter type 0). */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * BYTES_PER_PIXEL) {
    throw new Error(
      `[png] expected ${width * height * BYTES_PER_PIXEL} bytes, got ${pixels.length}`,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, COLOR_TYPE_RGBA, 0, 0, 0], 8);

  // Every scanline starts with its filter type byte; 0 stores the bytes unchanged.
  const stride = width * BYTES_PER_PIXEL;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function unfilterRow(filter: number, row: Uint8Array, previous: Uint8Array): void {
  for (let i = 0; i < row.length; i++) {
    const left = i >= BYTES_PER_PIXEL ? (row[i - BYTES_PER_PIXEL] ?? 0) : 0;
    const up = previous[i] ?? 0;
    const upLeft = i >= BYTES_PER_PIXEL ? (previous[i - BYTES_PER_PIXEL] ?? 0) : 0;
    const predictions = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)];
    const prediction = predictions[filter];
    if (prediction === undefined) throw new Error(`[png] unknown filter type ${filter}`);
    row[i] = ((row[i] ?? 0) + prediction) & 0xff;
  }
}

/** Decodes an 8-bit RGBA, non-interlaced PNG file and rejects every other PNG variant. */
export function decodePng(file: Buffer): RgbaImage {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('[png] not a PNG file');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('ascii', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += length + 12;
  }
  if (!header) throw new Error('[png] missing IHDR chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = header.subarray(8, 13);
  if (bitDepth !== 8 || colorType !== COLOR_TYPE_RGBA || interlace !== 0) {
    throw new Error(`[png] unsupported format: bit depth ${bitDepth}, color type ${colorType}`);
  }

  const raw = inflateSync(Buffer.concat(data));
  const stride = width * BYTES_PER_PIXEL;
  const pixels = new Uint8Array(stride * height);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const row = Uint8Array.from(raw.subarray(start + 1, start + 1 + stride));
    unfilterRow(raw[start] ?? 0, row, previous);
    pixels.set(row, y * stride);
    previous = row;
  }
  return { width, height, pixels };
}
