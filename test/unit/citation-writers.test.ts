// citation-js loads node-fetch 3, an ES module jest cannot require; Node's own fetch has the same interface and
// is never called here (nothing is fetched: every input is text).
jest.mock('node-fetch', () => ({ __esModule: true, default: globalThis.fetch, Headers: globalThis.Headers }));
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { ExportGraphShape } from '../../src/graph/export.repository';
import { writeBibtex } from '../../src/export/bibtex';
import { citationItems, citationKey, dateParts, writeCslJson } from '../../src/export/csl';
import { writeRis } from '../../src/export/ris';

const SOURCE = { document: 'x', title: 'x', url: 'https://example.org/x', passage: 'x' };
const node = (id: string, kind: string, label: string, properties: Record<string, unknown> = {}) =>
  ({ id, kind, label, properties: { id, ...properties }, sources: [SOURCE] });
const edge = (source: string, type: string, target: string) =>
  ({ id: `${source}|${type}|${target}`, type, source, target, properties: {}, sources: [SOURCE] });

/** A report by a person, a resolution by an organ, a document with no symbol, and a node that is not citable. */
const GRAPH: ExportGraphShape = {
  nodes: [
    node('A/63/677', 'Report', 'Implementing the responsibility to protect', { date: '2009-01-12', symbols: ['A/63/677'] }),
    node('S/RES/1975(2011)', 'Resolution', 'Côte d’Ivoire: 50% & {braces} #1', { date: '2011-03-30', symbols: ['S/RES/1975(2011)'] }),
    node('document:simonovic-2018', 'Document', 'Interview with Ivan Šimonović', { date: '2018-05', url: 'https://gaamac.org/x' }),
    node('person:ivan-simonovic', 'Person', 'Ivan Šimonović'),
    node('person:ban-ki-moon', 'Person', 'Ban Ki-moon'),
    node('organ:security-council', 'Organ', 'Security Council'),
  ],
  edges: [
    edge('A/63/677', 'ISSUED_BY', 'person:ban-ki-moon'),
    edge('S/RES/1975(2011)', 'ADOPTED_BY', 'organ:security-council'),
    edge('document:simonovic-2018', 'FEATURES', 'person:ivan-simonovic'),
    edge('document:simonovic-2018', 'CREATED_BY', 'person:ivan-simonovic'),
  ],
};

const read = (text: string) => new Cite(text).data as Array<Record<string, any>>;

describe('citation items', () => {
  const items = citationItems(GRAPH);

  it('holds one item per citable document, ordered by date, with its CSL type, symbol, authors, date and URL', () => {
    expect(items.map((item) => [item.id, item.type])).toEqual([
      ['A/63/677', 'report'],
      ['S/RES/1975(2011)', 'legislation'],
      ['document:simonovic-2018', 'document'],
    ]);
    expect(items[0]).toEqual({
      id: 'A/63/677',
      type: 'report',
      'citation-key': 'A_63_677',
      title: 'Implementing the responsibility to protect',
      number: 'A/63/677',
      author: [{ literal: 'Ban Ki-moon' }],
      publisher: 'United Nations',
      issued: { 'date-parts': [[2009, 1, 12]] },
      URL: 'https://undocs.org/A/63/677',
    });
    expect(items[2]).toMatchObject({ author: [{ literal: 'Ivan Šimonović' }], issued: { 'date-parts': [[2018, 5]] }, URL: 'https://gaamac.org/x' });
    expect(items[2]).not.toHaveProperty('number');
    expect(items[2]).not.toHaveProperty('publisher');
  });

  it('makes readable ASCII keys from symbols and slugs, and numbers keys two ids would share', () => {
    expect(citationKey('S/RES/1975(2011)')).toBe('S_RES_1975_2011');
    expect(citationKey('A/HRC/RES/44/14')).toBe('A_HRC_RES_44_14');
    expect(citationKey('S/PRST/2014/28')).toBe('S_PRST_2014_28');
    expect(citationKey('document:icrtop-summary-2009')).toBe('icrtop-summary-2009');
    expect(citationKey('document:šimonović')).toBe('simonovic');
    const twins = citationItems({ nodes: [node('A/1/2', 'Document', 'b'), node('A/1_2', 'Document', 'a')], edges: [] });
    expect(twins.map((item) => [item.id, item['citation-key']]).sort()).toEqual([['A/1/2', 'A_1_2'], ['A/1_2', 'A_1_2-2']]);
  });

  it('reads partial dates and nothing else', () => {
    expect(dateParts('2009')).toEqual([2009]);
    expect(dateParts('2009-07')).toEqual([2009, 7]);
    expect(dateParts('2009-07-23')).toEqual([2009, 7, 23]);
    expect(dateParts('July 2009')).toBeNull();
    expect(dateParts(undefined)).toBeNull();
  });
});

describe('citation writers read back by citation-js', () => {
  const items = citationItems(GRAPH);

  it('BibTeX gives @techreport and @misc entries with the titles, numbers, authors and dates, non-ASCII intact', () => {
    const text = writeBibtex(items);
    expect(text).toMatch(/^@techreport\{A_63_677,$/m);
    expect(text).toMatch(/^@misc\{S_RES_1975_2011,$/m);
    expect(text).toContain('Šimonović');
    expect(text).toContain('month = mar,');
    const back = read(text);
    expect(back.map((item) => item['citation-key'])).toEqual(['A_63_677', 'S_RES_1975_2011', 'simonovic-2018']);
    expect(back.map((item) => item.title)).toEqual(items.map((item) => item.title));
    expect(back[0]).toMatchObject({ type: 'report', number: 'A/63/677', publisher: 'United Nations', URL: 'https://undocs.org/A/63/677' });
    // A braced BibTeX name is one name: read back whole, not split into family and given parts.
    expect(back[0].author).toEqual([{ family: 'Ban Ki-moon' }]);
    expect(back[1].note).toBe('UN document S/RES/1975(2011)');
    expect(back.map((item) => item.issued['date-parts'][0])).toEqual([[2009, 1, 12], [2011, 3, 30], [2018, 5]]);
    expect(back[2].author).toEqual([{ family: 'Ivan Šimonović' }]);
  });

  it('RIS gives RPRT, GOVDOC and GEN records that follow the line grammar, with titles, numbers and dates', () => {
    const text = writeRis(items);
    for (const record of text.split('\r\n\r\n')) {
      const lines = record.replace(/\r\n$/, '').split('\r\n');
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
      expect(lines[lines.length - 1]).toBe('ER  - ');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    }
    expect(text.match(/^TY {2}- (\w+)/gm)).toEqual(['TY  - RPRT', 'TY  - GOVDOC', 'TY  - GEN']);
    expect(text).toContain('DA  - 2018/05//');
    const back = read(text);
    expect(back.map((item) => item.title)).toEqual(items.map((item) => item.title));
    expect(back.map((item) => item.number)).toEqual(['A/63/677', 'S/RES/1975(2011)', undefined]);
    // citation-js dates a GOVDOC record by PY alone, so the full dates are read from the DA lines.
    expect(back.map((item) => item.issued['date-parts'][0][0])).toEqual([2009, 2011, 2018]);
    expect(text.match(/^DA {2}- .*$/gm)).toEqual(['DA  - 2009/01/12/', 'DA  - 2011/03/30/', 'DA  - 2018/05//']);
    expect(back[2].author).toEqual([{ literal: 'Ivan Šimonović' }]);
  });

  it('CSL-JSON is read as the same items', () => {
    const back = read(writeCslJson(items));
    expect(back.map(({ _graph: _g, ...item }) => item)).toEqual(items);
  });

  it('writes an empty file for no documents', () => {
    expect(writeBibtex([])).toBe('');
    expect(writeRis([])).toBe('');
    expect(writeCslJson([])).toBe('[]');
  });
});
