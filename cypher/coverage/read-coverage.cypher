// Coverage: per organ and kind of record, how many the graph holds, by year, beside every total others have
// published of that record (PublishedTotal nodes), oldest first.
// Resolutions and presidential statements count under the organ that adopted them; reports under $reportOrgan.
// Params: $reportOrgan (organ id the Secretary-General's reports count under), $withSources (include the totals' sources)
// Returns one row per organ and kind: { organId, organName, kind, held: Int, byYear: [{year, count}],
//   totals: [{id, count, qualifier, asOf, scope, publisher, sources}] }
CALL {
  MATCH (r)-[:ADOPTED_BY]->(o:Organ)
  WHERE r:Resolution OR r:PresidentialStatement
  RETURN o.id AS organ, CASE WHEN r:Resolution THEN 'Resolution' ELSE 'PresidentialStatement' END AS kind, r.date AS date
  UNION ALL
  MATCH (r:Report)
  RETURN $reportOrgan AS organ, 'Report' AS kind, r.date AS date
  UNION ALL
  MATCH (t:PublishedTotal)-[:COUNTS]->(o:Organ)
  RETURN o.id AS organ, t.recordKind AS kind, null AS date
}
WITH organ, kind, toInteger(substring(date, 0, 4)) AS year, count(date) AS n
ORDER BY year
WITH organ, kind, collect(CASE WHEN year IS NULL THEN null ELSE {year: year, count: n} END) AS byYear, sum(n) AS held
MATCH (o:Organ {id: organ})
CALL {
  WITH o, kind
  OPTIONAL MATCH (t:PublishedTotal {recordKind: kind})-[:COUNTS]->(o)
  OPTIONAL MATCH (t)-[:PUBLISHED_BY]->(publisher)
  WITH t, publisher
  ORDER BY t.asOf, t.id
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE {
    id: t.id, count: t.count, qualifier: t.qualifier, asOf: t.asOf, scope: t.scope,
    publisher: coalesce(publisher.name, null), sources: CASE WHEN $withSources THEN t.sources ELSE [] END
  } END) AS totals
}
RETURN o.id AS organId, o.name AS organName, kind, held, byYear, totals
ORDER BY organName, kind
