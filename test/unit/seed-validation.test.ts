import { validateSeed } from '../../src/seed/validate';

const source = { document: 'A/63/677', passage: 'a passage' };
const report = { id: 'A/99/1', kind: 'Report', title: 'A report', date: '2009-01-12', symbols: ['A/99/1'], sources: [source] };
const claim = (id: string, value: string, preferred: boolean) => ({
  id,
  kind: 'Claim',
  subject: 'A/99/1',
  property: 'date',
  value,
  preferred,
  sources: [source],
});

describe('validateSeed', () => {
  it('accepts claims whose preferred value is the one the node holds, and links them to it', () => {
    const result = validateSeed([{ file: 'a.yaml', content: { nodes: [report, claim('claim:a', '2009-01-12', true), claim('claim:b', '2009-01-30', false)] } }]);
    expect(result.problems).toEqual([]);
    expect(result.relationships.filter((r) => r.type === 'ABOUT').map((r) => r.from).sort()).toEqual(['claim:a', 'claim:b']);
  });

  it('rejects a preferred claim the node does not hold', () => {
    const result = validateSeed([{ file: 'a.yaml', content: { nodes: [report, claim('claim:a', '2009-01-30', true), claim('claim:b', '2009-01-12', false)] } }]);
    expect(result.problems).toEqual([expect.objectContaining({ record: 'claim:a', reason: expect.stringMatching(/differs from A\/99\/1.date/) })]);
  });

  it('requires exactly one preferred claim per disputed fact', () => {
    const result = validateSeed([{ file: 'a.yaml', content: { nodes: [report, claim('claim:a', '2009-01-12', false), claim('claim:b', '2009-01-30', false)] } }]);
    expect(result.problems.map((p) => p.reason)).toContain('the claims about date have 0 preferred claims; exactly one must be preferred');
  });

  it('rejects a source that names neither a URL, a UN symbol nor an existing node', () => {
    const result = validateSeed([{ file: 'a.yaml', content: { nodes: [{ ...report, sources: [{ document: 'some book', passage: 'x' }] }] } }]);
    expect(result.problems[0]).toMatchObject({ field: 'sources.0.document' });
  });

  it('rejects unknown top-level keys and kinds', () => {
    const result = validateSeed([{ file: 'a.yaml', content: { nodes: [{ ...report, kind: 'Treaty' }], edges: [] } }]);
    expect(result.problems.map((p) => p.field).sort()).toEqual(['edges', 'kind']);
  });
});
