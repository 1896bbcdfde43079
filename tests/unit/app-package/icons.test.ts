// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIcon } from '../../../appPackage/tools/manifest-checks';
import { decodePng, encodePng } from '../../../appPackage/tools/png';
import { ACCENT_COLOR, drawColorIcon, drawOutlineIcon } from '../../../appPackage/tools/radar-icon';
import { APP_PACKAGE_DIR, filledManifest } from './fixtures';

const color = decodePng(readFileSync(`${APP_PACKAGE_DIR}/color.png`));
const outline = decodePng(readFileSync(`${APP_PACKAGE_DIR}/outline.png`));

function alphaAt(image: { width: number; pixels: Uint8Array }, x: number, y: number): number {
  return image.pixels[(y * image.width + x) * 4 + 3] ?? -1;
}

describe('app icons', () => {
  it('color icon is 192 by 192', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
  });

  it('color icon is opaque to the corners', () => {
    expect(alphaAt(color, 0, 0)).toBe(255);
    expect(alphaAt(color, 191, 191)).toBe(255);
  });

  it('outline icon is 32 by 32', () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('outline icon is white on transparent', () => {
    expect(alphaAt(outline, 0, 0)).toBe(0);
    expect(
      checkIcon('outline.png', readFileSync(`${APP_PACKAGE_DIR}/outline.png`), 'outline'),
    ).toEqual([]);
    const opaque = outline.pixels.filter((_value, i) => i % 4 === 3 && _value === 255).length;
    expect(opaque).toBeGreaterThan(50);
  });

  // Compares pixels, not bytes, because another zlib version may compress differently.
  it('committed icons match the drawing code', () => {
    expect(color.pixels).toEqual(drawColorIcon().pixels);
    expect(outline.pixels).toEqual(drawOutlineIcon().pixels);
  });
});

describe('icon check', () => {
  it('rejects an outline icon with colour', () => {
    const image = drawOutlineIcon();
    image.pixels.set([255, 0, 0, 255], 0);

    expect(checkIcon('outline.png', encodePng(image), 'outline')).toEqual([
      'outline.png has a pixel that is neither white nor transparent at byte 0',
    ]);
  });

  it('rejects a colour icon of the wrong size', () => {
    expect(checkIcon('color.png', encodePng(drawOutlineIcon()), 'color')).toEqual([
      'color.png is 32x32, expected 192x192',
    ]);
  });
});

describe('png codec', () => {
  it('decodes what it encodes', () => {
    const image = { width: 2, height: 2, pixels: Uint8Array.from({ length: 16 }, (_, i) => i * 9) };

    expect(decodePng(encodePng(image))).toEqual(image);
  });

  it('rejects a file that is not a PNG', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow('[png] not a PNG file');
  });
});

describe('accent colour', () => {
  it('matches the colour icon background', () => {
    expect(filledManifest().accentColor).toBe(ACCENT_COLOR);
  });
});
