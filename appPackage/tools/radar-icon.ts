import type { RgbaImage } from './png';

/** The app's accent colour: the background of the colour icon and `accentColor` in the manifest. */
export const ACCENT_COLOR = '#0F4C81';

type Rgb = readonly [number, number, number];

/** One filled shape in unit coordinates: (0, 0) is the top-left corner, (1, 1) the bottom-right. */
interface Shape {
  color: Rgb;
  opacity: number;
  contains(x: number, y: number): boolean;
}

const WHITE: Rgb = [255, 255, 255];
const AMBER: Rgb = [255, 185, 0];
const CENTER = 0.5;
// Each pixel is sampled on a 4 by 4 grid, so edges get 16 levels of coverage.
const SAMPLES = 4;
// The sweep points up and to the right. Angles are in radians, clockwise from the positive x axis,
// because y grows downwards.
const SWEEP_ANGLE = -Math.PI / 4;

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function ring(radius: number, width: number, color: Rgb, opacity = 1): Shape {
  return {
    color,
    opacity,
    contains: (x, y) => Math.abs(Math.hypot(x - CENTER, y - CENTER) - radius) <= width / 2,
  };
}

function disc(cx: number, cy: number, radius: number, color: Rgb): Shape {
  return { color, opacity: 1, contains: (x, y) => Math.hypot(x - cx, y - cy) <= radius };
}

function sweepLine(length: number, width: number): Shape {
  const dx = Math.cos(SWEEP_ANGLE);
  const dy = Math.sin(SWEEP_ANGLE);
  return {
    color: WHITE,
    opacity: 1,
    contains: (x, y) => {
      const along = (x - CENTER) * dx + (y - CENTER) * dy;
      const across = Math.abs((x - CENTER) * -dy + (y - CENTER) * dx);
      return along >= 0 && along <= length && across <= width / 2;
    },
  };
}

function sweepSector(radius: number, span: number, opacity: number): Shape {
  return {
    color: WHITE,
    opacity,
    contains: (x, y) => {
      const angle = Math.atan2(y - CENTER, x - CENTER);
      const behind = (((SWEEP_ANGLE - angle) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
      return Math.hypot(x - CENTER, y - CENTER) <= radius && behind <= span;
    },
  };
}

function blipPosition(distance: number, behindSweep: number): [number, number] {
  const angle = SWEEP_ANGLE - behindSweep;
  return [CENTER + distance * Math.cos(angle), CENTER + distance * Math.sin(angle)];
}

/** Lists the shapes of the colour icon: rings, a fading sweep and one amber blip. */
function colorShapes(): Shape[] {
  const [bx, by] = blipPosition(0.26, 0.5);
  return [
    sweepSector(0.38, 0.9, 0.22),
    ring(0.38, 0.03, WHITE),
    ring(0.26, 0.02, WHITE, 0.8),
    ring(0.14, 0.02, WHITE, 0.8),
    sweepLine(0.38, 0.03),
    disc(CENTER, CENTER, 0.035, WHITE),
    disc(bx, by, 0.05, AMBER),
  ];
}

/** Lists the shapes of the outline icon, with fewer and thicker strokes for its 32 pixels. */
function outlineShapes(): Shape[] {
  const [bx, by] = blipPosition(0.3, 1.3);
  return [
    ring(0.42, 0.07, WHITE),
    ring(0.19, 0.06, WHITE),
    sweepLine(0.42, 0.07),
    disc(bx, by, 0.07, WHITE),
  ];
}

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (shape.contains(x, y)) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

/** Composites shapes over a background with premultiplied "over" blending, one pixel at a time. */
function render(size: number, background: Rgb | undefined, shapes: Shape[]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let alpha = background ? 1 : 0;
      let color = background ? background.map((c) => c / 255) : [0, 0, 0];
      for (const shape of shapes) {
        const a = coverage(shape, px, py, size) * shape.opacity;
        color = color.map((c, i) => ((shape.color[i] ?? 0) / 255) * a + c * (1 - a));
        alpha = a + alpha * (1 - a);
      }
      const offset = (py * size + px) * 4;
      const straight = color.map((c) => (alpha > 0 ? c / alpha : 0));
      pixels.set([...straight.map((c) => Math.round(c * 255)), Math.round(alpha * 255)], offset);
    }
  }
  return { width: size, height: size, pixels };
}

/** Draws the 192 by 192 colour icon: a white radar on the accent colour, full bleed. */
export function drawColorIcon(): RgbaImage {
  return render(192, hexToRgb(ACCENT_COLOR), colorShapes());
}

/** Draws the 32 by 32 outline icon: the radar in white only, on a transparent background. */
export function drawOutlineIcon(): RgbaImage {
  return render(32, undefined, outlineShapes());
}
