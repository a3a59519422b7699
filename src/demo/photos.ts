import sharp from 'sharp';

/** What a demo photo shows: the things clients send as evidence of tasks done. */
export const photoSubjects = ['walk', 'meal', 'page', 'cv', 'worksheet', 'room', 'drawing', 'plant', 'done'] as const;
export type PhotoSubject = (typeof photoSubjects)[number];

/** Everything a photo is drawn from, so the same spec always makes the same bytes. */
export interface PhotoSpec {
  subject: PhotoSubject;
  /** The main colour's hue, 0–359. */
  hue: number;
  /** Which arrangement of the scene, 0–3. */
  variant: number;
  /** Written on the picture (a page's title, "Done!"), or null. */
  word: string | null;
}

const width = 640;
const height = 480;
const font = 'DejaVu Sans, Arial, sans-serif';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const hsl = (hue: number, saturation: number, lightness: number) => `hsl(${((hue % 360) + 360) % 360},${saturation}%,${lightness}%)`;

function walk({ hue, variant }: PhotoSpec): string {
  // Daytime skies only: blue to blue-green.
  const sky = 185 + (hue % 45);
  const trees = [90, 210, 470, 560].filter((_, i) => i !== variant).map(
    (x, i) => `<rect x="${x - 8}" y="${250 + i * 12}" width="16" height="70" fill="#6b4a2b"/><circle cx="${x}" cy="${235 + i * 12}" r="${42 + i * 6}" fill="${hsl(110 + i * 12, 45, 28 + i * 4)}"/>`,
  );
  return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(sky, 60, 62)}"/><stop offset="1" stop-color="${hsl(sky, 50, 88)}"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <circle cx="${120 + variant * 120}" cy="90" r="42" fill="#fff6c2"/>
    <path d="M0 300 Q160 220 330 280 T640 250 V480 H0Z" fill="${hsl(105, 35, 48)}"/>
    <path d="M0 360 Q200 300 400 350 T640 330 V480 H0Z" fill="${hsl(95, 40, 38)}"/>
    <path d="M300 480 Q330 400 320 330 L340 330 Q370 400 420 480Z" fill="#d9c7a1"/>
    ${trees.join('')}`;
}

function meal({ hue, variant }: PhotoSpec): string {
  const sides = [
    `<ellipse cx="270" cy="215" rx="55" ry="38" fill="${hsl(95, 55, 42)}"/><ellipse cx="300" cy="200" rx="40" ry="28" fill="${hsl(80, 60, 50)}"/>`,
    `<circle cx="360" cy="205" r="24" fill="#d23c2a"/><circle cx="395" cy="230" r="20" fill="#e0533d"/>`,
    `<ellipse cx="330" cy="290" rx="70" ry="36" fill="${hsl(38, 70, 62)}"/>`,
    `<ellipse cx="250" cy="285" rx="48" ry="30" fill="#8a4b2a"/>`,
  ];
  return `<rect width="${width}" height="${height}" fill="${hsl(28, 38, 52)}"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect y="${i * 80}" width="${width}" height="3" fill="${hsl(28, 35, 44)}"/>`).join('')}
    <rect x="40" y="60" width="150" height="110" rx="10" fill="${hsl(hue, 45, 70)}"/>
    <circle cx="320" cy="250" r="170" fill="#dcdcdc"/><circle cx="320" cy="250" r="150" fill="#fbfbfb"/>
    ${sides.filter((_, i) => i !== variant).join('')}
    <rect x="520" y="120" width="14" height="260" rx="6" fill="#c0c0c0"/><rect x="560" y="120" width="20" height="260" rx="8" fill="#b5b5b5"/>`;
}

/** A sheet of paper on a desk, with a title and lines: notes, a CV or a worksheet. */
function paper(spec: PhotoSpec, body: string): string {
  const tilt = (spec.variant - 1.5) * 2.5;
  const title = spec.word ? `<text x="130" y="112" font-family="${font}" font-size="30" font-weight="bold" fill="#223">${escapeXml(spec.word)}</text>` : '';
  return `<rect width="${width}" height="${height}" fill="${hsl(spec.hue, 22, 58)}"/>
    <g transform="rotate(${tilt} 320 240)">
      <rect x="108" y="44" width="430" height="410" fill="#00000033"/>
      <rect x="100" y="36" width="430" height="410" fill="#fdfdf8"/>
      ${title}${body}
    </g>`;
}

const ruled = (from: number, count: number, x = 130) =>
  Array.from({ length: count }, (_, i) => `<rect x="${x}" y="${from + i * 30}" width="${330 - (i % 3) * 40}" height="6" rx="3" fill="#9aa3b5"/>`).join('');

function page(spec: PhotoSpec): string {
  return paper(spec, ruled(150, 9));
}

function cv(spec: PhotoSpec): string {
  return paper(
    spec,
    `<rect x="130" y="140" width="90" height="110" fill="#d5d9e2"/><circle cx="175" cy="180" r="24" fill="#a9b0c0"/><rect x="145" y="210" width="60" height="40" rx="20" fill="#a9b0c0"/>
     ${ruled(150, 4, 240).replace(/width="\d+"/g, 'width="200"')}${ruled(290, 5)}`,
  );
}

function worksheet(spec: PhotoSpec): string {
  const cells = Array.from({ length: 12 }, (_, i) => {
    const x = 130 + (i % 3) * 125;
    const y = 150 + Math.floor(i / 3) * 70;
    const filled = (i + spec.variant) % 4 !== 0;
    return `<rect x="${x}" y="${y}" width="110" height="55" fill="none" stroke="#7c8799" stroke-width="2"/>${
      filled ? `<path d="M${x + 15} ${y + 35} q15 -20 30 0 t30 0" fill="none" stroke="#2a52be" stroke-width="3"/>` : ''
    }`;
  });
  return paper(spec, cells.join(''));
}

function room({ hue, variant }: PhotoSpec): string {
  return `<rect width="${width}" height="${height}" fill="${hsl(hue, 30, 82)}"/>
    <rect y="360" width="${width}" height="120" fill="${hsl(30, 30, 45)}"/>
    <rect x="${60 + variant * 30}" y="60" width="180" height="150" fill="#fff"/><rect x="${70 + variant * 30}" y="70" width="160" height="130" fill="${hsl(205, 70, 75)}"/>
    <rect x="${148 + variant * 30}" y="70" width="4" height="130" fill="#fff"/>
    <rect x="330" y="270" width="260" height="110" rx="12" fill="${hsl(hue + 180, 45, 50)}"/><rect x="340" y="245" width="90" height="40" rx="14" fill="#f4f4f4"/>
    <rect x="380" y="90" width="120" height="90" fill="${hsl(hue + 60, 40, 55)}" stroke="#7a5c3e" stroke-width="8"/>
    <rect x="250" y="320" width="46" height="50" fill="#b5653a"/><ellipse cx="273" cy="300" rx="30" ry="36" fill="${hsl(120, 45, 35)}"/>`;
}

function drawing({ hue, variant }: PhotoSpec): string {
  const houseX = 170 + variant * 40;
  return `<rect width="${width}" height="${height}" fill="#fffdf5"/>
    <circle cx="520" cy="100" r="45" fill="#ffd23f"/>
    ${Array.from({ length: 8 }, (_, i) => {
      const a = (i * Math.PI) / 4;
      return `<line x1="${520 + Math.cos(a) * 58}" y1="${100 + Math.sin(a) * 58}" x2="${520 + Math.cos(a) * 80}" y2="${100 + Math.sin(a) * 80}" stroke="#ffb703" stroke-width="6" stroke-linecap="round"/>`;
    }).join('')}
    <rect x="${houseX}" y="230" width="180" height="150" fill="${hsl(hue, 70, 55)}"/>
    <path d="M${houseX - 20} 235 L${houseX + 90} 140 L${houseX + 200} 235Z" fill="${hsl(hue + 150, 65, 45)}"/>
    <rect x="${houseX + 70}" y="300" width="44" height="80" fill="#6b4a2b"/>
    <path d="M0 390 q40 -20 80 0 t80 0 t80 0 t80 0 t80 0 t80 0 t80 0 t80 0 V480 H0Z" fill="#5cb85c"/>
    ${[80, 470, 560].map((x) => `<line x1="${x}" y1="390" x2="${x}" y2="330" stroke="#2e7d32" stroke-width="5"/><circle cx="${x}" cy="322" r="14" fill="${hsl(hue + x, 80, 60)}"/>`).join('')}`;
}

function plant({ hue, variant }: PhotoSpec): string {
  const leaves = Array.from({ length: 7 + variant }, (_, i) => {
    const angle = -75 + (i * 150) / (6 + variant);
    return `<ellipse cx="320" cy="190" rx="26" ry="80" fill="${hsl(115 + i * 4, 50, 30 + (i % 3) * 6)}" transform="rotate(${angle} 320 300)"/>`;
  });
  return `<rect width="${width}" height="${height}" fill="${hsl(hue, 25, 85)}"/>
    <rect y="380" width="${width}" height="100" fill="${hsl(hue, 15, 65)}"/>
    ${leaves.join('')}
    <path d="M250 300 H390 L370 410 H270Z" fill="#c4663a"/><rect x="240" y="290" width="160" height="24" rx="6" fill="#d27845"/>`;
}

function done(spec: PhotoSpec): string {
  return `<rect width="${width}" height="${height}" fill="${hsl(spec.hue, 55, 58)}"/>
    <circle cx="320" cy="200" r="130" fill="#ffffff"/>
    <path d="M250 205 L300 255 L395 150" fill="none" stroke="#2e9d4f" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>
    ${spec.word ? `<text x="320" y="410" text-anchor="middle" font-family="${font}" font-size="56" font-weight="bold" fill="#ffffff">${escapeXml(spec.word)}</text>` : ''}`;
}

const scenes: Record<PhotoSubject, (spec: PhotoSpec) => string> = { walk, meal, page, cv, worksheet, room, drawing, plant, done };

/** A JPEG of the scene, drawn as SVG and encoded by sharp: a picture a phone could have taken, minus the metadata. */
export async function renderPhoto(spec: PhotoSpec): Promise<Buffer> {
  // Drawn on a 640×480 canvas and rendered smaller: a chat photo's size, and half the pixels to draw.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${(width * 3) / 4}" height="${(height * 3) / 4}" viewBox="0 0 ${width} ${height}">${scenes[spec.subject](spec)}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}
