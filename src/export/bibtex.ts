import type { CslItem } from './csl';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The characters (La)TeX gives a meaning to, written so that they print as themselves. Every other character,
// accents and curly quotes included, is written as it is: the file is UTF-8, which biber, bibtex8, Zotero,
// JabRef and citation-js all read.
const TEX: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX field value prints it. */
export function texEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => TEX[character]);
}

/** A URL as the `url` field holds it: verbatim (the url package prints it), only braces would end the field. */
function urlValue(url: string): string {
  return url.replace(/[{}]/g, (brace) => encodeURIComponent(brace));
}

function field(name: string, value: string): string {
  return `  ${name} = {${value}},`;
}

/**
 * BibTeX: a report is a `@techreport` (its symbol the `number`, the United Nations the `institution`); anything
 * else a `@misc` that carries its symbol in `number` (biblatex, Zotero, JabRef) and in `note` (what classic
 * styles print). Authors are written in braces, so that "Ban Ki-moon" or "Security Council" is one name and
 * never split into family and given parts. The date is both `year`/`month` (BibTeX) and `date` (biblatex).
 */
export function writeBibtex(items: CslItem[]): string {
  const entries = items.map((item) => {
    const report = item.type === 'report';
    const lines = [`@${report ? 'techreport' : 'misc'}{${item['citation-key']},`, field('title', `{${texEscape(item.title)}}`)];
    if (item.author) lines.push(field('author', item.author.map((name) => `{${texEscape(name.literal)}}`).join(' and ')));
    if (item.publisher) lines.push(field(report ? 'institution' : 'organization', texEscape(item.publisher)));
    if (item.number) {
      lines.push(field('number', texEscape(item.number)));
      if (!report) lines.push(field('note', `UN document ${texEscape(item.number)}`));
    }
    const date = item.issued?.['date-parts'][0];
    if (date) {
      lines.push(field('year', String(date[0])));
      if (date[1]) lines.push(`  month = ${MONTHS[date[1] - 1]},`);
      lines.push(field('date', date.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-')));
    }
    if (item.URL) lines.push(field('url', urlValue(item.URL)));
    lines.push('}');
    return lines.join('\n');
  });
  return entries.length ? `${entries.join('\n\n')}\n` : '';
}
