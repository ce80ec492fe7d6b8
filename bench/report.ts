import fs from 'node:fs';

/** The header BENCHMARKS.md starts with when a run creates it. */
const HEADER = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` and `npm run bench:scale` (see bench/README.md); each section is replaced by its latest run.',
  'The machine is shared and has few cores: read ratios measured in the same run, not absolute figures.',
];

/** Replaces the `## title` section of a Markdown file (or appends it), leaving every other section as it was. */
export function replaceSection(file: string, title: string, body: string[]): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${HEADER.join('\n')}\n`;
  const heading = `## ${title}`;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === heading);
  const section = [heading, '', ...body, ''];
  if (start === -1) {
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    fs.writeFileSync(file, `${[...lines, '', ...section].join('\n')}`);
    return;
  }
  let end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  if (end === -1) end = lines.length;
  fs.writeFileSync(file, [...lines.slice(0, start), ...section, ...lines.slice(end)].join('\n'));
}
