import { symbolKey, symbolKeys, normaliseId, idProblem } from '../../src/schema/ids';
import { NodeKind } from '../../src/schema/kinds';
import { isIsoDate } from '../../src/schema/validators';

describe('isIsoDate', () => {
  it.each(['2009', '2009-07', '2009-07-21', '2024-02-29'])('accepts %s', (value) => expect(isIsoDate(value)).toBe(true));
  it.each(['2009-02-30', '2023-02-29', '2009-13', '21 July 2009', '2009-7-21', '', '09'])('rejects %s', (value) =>
    expect(isIsoDate(value)).toBe(false),
  );
});

describe('document symbols', () => {
  it('folds spaces and dash variants so that every spelling finds the document', () => {
    const keys = symbolKeys(['A/65/877', 'S/2011/393']);
    expect(keys).toContain(symbolKey('A/65/877 – S/2011/393'));
    expect(keys).toContain(symbolKey('A/65/877-S/2011/393'));
    expect(keys).toContain(symbolKey('s/2011/393'));
  });

  it('lower-cases kind:slug ids but keeps symbols as written', () => {
    expect(normaliseId(' Person:Edward-Luck ')).toBe('person:edward-luck');
    expect(normaliseId('A/RES/63/308')).toBe('A/RES/63/308');
  });

  it('accepts symbols for documents and kind:slug for other kinds', () => {
    expect(idProblem(NodeKind.Resolution, 'S/RES/1674(2006)')).toBeNull();
    expect(idProblem(NodeKind.Person, 'person:ivan-simonovic')).toBeNull();
    expect(idProblem(NodeKind.Person, 'person:Ivan Šimonović')).not.toBeNull();
    expect(idProblem(NodeKind.Report, 'report:2025')).toBeNull();
    expect(idProblem(NodeKind.Report, 'reports:2025')).not.toBeNull();
    expect(idProblem(NodeKind.Resolution, 'resolution:x')).not.toBeNull();
  });
});
