/**
 * Writes the dark theme's palette (the `.dark` block in src/index.css): every Tailwind colour the
 * app uses, mirrored so that light becomes dark, with the WCAG contrast of every pair kept.
 *
 * WCAG contrast is (Y1 + 0.05) / (Y2 + 0.05) for relative luminances Y1 > Y2. The map
 * Y' = K / (Y + 0.05) - 0.05 turns that ratio into exactly the same ratio with the order swapped:
 * dark text on a light tint becomes light text on a dark tint, just as readable. K puts white at a
 * dark surface; the few colours it would push past white are clipped to white. Hue and chroma stay.
 *
 * Run: npx tsx scripts/dark-palette.ts > /tmp/dark.css, then paste it into src/index.css.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Black is left alone: it is only used for shadows and backdrops, which stay dark. */
const PALETTES = ['slate', 'red', 'amber', 'green', 'emerald', 'sky', 'blue', 'indigo', 'violet'];
/** Luminance of the darkest surface (what white becomes). */
const SURFACE_Y = 0.013;
const K = 1.05 * (SURFACE_Y + 0.05);

type Lab = [number, number, number];

function oklchToOklab(l: number, c: number, h: number): Lab {
  const rad = (h * Math.PI) / 180;
  return [l, c * Math.cos(rad), c * Math.sin(rad)];
}

function oklabToLinearSrgb([L, a, b]: Lab): [number, number, number] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const clip = (x: number) => Math.min(1, Math.max(0, x));
const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
const encode = (x: number) => (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055);

function hex(linear: number[]): string {
  return `#${linear
    .map((x) =>
      Math.round(encode(clip(x)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * `lab`'s hue at lightness `l`, its chroma capped near white (where a pale tint would only turn
 * into a glare of cyan or pink).
 */
function atLightness(lab: Lab, l: number): number[] {
  const chroma = Math.hypot(lab[1], lab[2]);
  const scale = chroma === 0 ? 0 : Math.min(1, (0.5 * (1 - l)) / chroma);
  return oklabToLinearSrgb([l, lab[1] * scale, lab[2] * scale]).map(clip);
}

/** The colour with `lab`'s hue whose (gamut-clipped) luminance is `target`. */
function withLuminance(lab: Lab, target: number): number[] {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (luminance(atLightness(lab, mid)) < target) low = mid;
    else high = mid;
  }
  return atLightness(lab, low);
}

function mirror(lab: Lab): string {
  const y = luminance(oklabToLinearSrgb(lab).map(clip));
  return hex(withLuminance(lab, Math.min(1, K / (y + 0.05) - 0.05)));
}

const theme = readFileSync(createRequire(import.meta.url).resolve('tailwindcss/theme.css'), 'utf8');
// White takes a little of slate's blue, so the dark surfaces match the slate text on them.
const lines = [`  --color-white: ${mirror(oklchToOklab(1, 0.02, 260))};`];
for (const match of theme.matchAll(/--color-([a-z]+)-(\d+): oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\);/g)) {
  const [, palette, step, l, c, h] = match;
  if (!PALETTES.includes(palette!)) continue;
  lines.push(`  --color-${palette}-${step}: ${mirror(oklchToOklab(Number(l) / 100, Number(c), Number(h)))};`);
}
console.log(`.dark {\n${lines.join('\n')}\n}`);
