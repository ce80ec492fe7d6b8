import type { CslItem } from './csl';

/** The RIS type of each CSL type: a report, a government document, or a generic record. */
const RIS_TYPE: Readonly<Record<CslItem['type'], string>> = {
  report: 'RPRT',
  legislation: 'GOVDOC',
  document: 'GEN',
};

// RIS lines hold one line each: a line break inside a value would start a new (unknown) tag.
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function line(tag: string, value: string): string {
  return `${tag}  - ${oneLine(value)}`;
}

/**
 * RIS as the RIS specification lays it out (`TAG  - value`, CRLF line ends, each record from `TY` to `ER`),
 * which Zotero, EndNote, Mendeley and RefWorks import. The symbol is `SN` for reports and government
 * documents and `M1` for generic records, where the specification puts a document's number; `DA` is the
 * date as `YYYY/MM/DD/` with what is unknown left empty, `PY` the year.
 */
export function writeRis(items: CslItem[]): string {
  const records = items.map((item) => {
    const type = RIS_TYPE[item.type];
    const lines = [line('TY', type), line('ID', item['citation-key']), line('TI', item.title)];
    for (const author of item.author ?? []) lines.push(line('AU', author.literal));
    if (item.publisher) lines.push(line('PB', item.publisher));
    if (item.number) lines.push(line(type === 'GEN' ? 'M1' : 'SN', item.number));
    const date = item.issued?.['date-parts'][0];
    if (date) {
      lines.push(line('PY', String(date[0])));
      const [year, month, day] = date;
      const two = (part: number | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'));
      lines.push(line('DA', `${year}/${two(month)}/${two(day)}/`));
    }
    if (item.URL) lines.push(line('UR', item.URL));
    lines.push('ER  - ');
    return lines.join('\r\n');
  });
  return records.length ? `${records.join('\r\n\r\n')}\r\n` : '';
}
