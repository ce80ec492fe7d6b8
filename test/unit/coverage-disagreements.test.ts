import { findDisagreements, PublishedTotalFigure } from '../../src/graph/coverage.repository';

const total = (id: string, count: number, asOf: string, qualifier: string | null = null): PublishedTotalFigure => ({
  id,
  count,
  qualifier,
  asOf,
  scope: 'Security Council presidential statements that refer to R2P, since 2005',
  publisher: 'Global Centre for the Responsibility to Protect',
  sources: [],
});

describe('findDisagreements', () => {
  it('finds none among totals that only grow', () => {
    expect(findDisagreements([total('a', 81, '2019-06-07'), total('b', 92, '2021-06-11'), total('c', 97, '2025-06-03')])).toEqual([]);
  });

  it('pairs a later exact total lower than an earlier one with it, and says why', () => {
    const earlier = total('2021', 21, '2021-06-11');
    const later = total('2024', 17, '2024-06-06');
    const found = findDisagreements([total('2019', 21, '2019-06-07'), earlier, later, total('2025', 17, '2025-06-03')]);
    expect(found.map((d) => [d.earlier.id, d.later.id])).toEqual([
      ['2019', '2024'],
      ['2021', '2024'],
      ['2019', '2025'],
      ['2021', '2025'],
    ]);
    expect(found[1].reason).toBe('a later total (17, 2024-06-06) is lower than an earlier one (21, 2021-06-11) of the same growing record');
  });

  it('reads "more than" and "over" as lower bounds', () => {
    expect(findDisagreements([total('a', 50, '2020-07-17', 'more than'), total('b', 54, '2020-10-13')])).toEqual([]);
    expect(findDisagreements([total('a', 50, '2016-09-06', 'over'), total('b', 50, '2017-01-01')]).map((d) => d.reason)).toEqual([
      'a later total (50, 2017-01-01) is lower than an earlier one (over 50, 2016-09-06) of the same growing record',
    ]);
    expect(findDisagreements([total('a', 48, '2016-06-28'), total('b', 40, '2016-09-06', 'over')])).toEqual([]);
  });

  it('pairs two exact totals of the same day that differ', () => {
    const found = findDisagreements([total('a', 92, '2021-06-11'), total('b', 93, '2021-06-11')]);
    expect(found.map((d) => [d.earlier.id, d.later.id, d.reason])).toEqual([['a', 'b', 'two totals of the same day differ (92 and 93)']]);
  });
});
