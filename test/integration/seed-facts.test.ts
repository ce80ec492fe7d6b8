import { TestApi } from '../helpers/api';

/**
 * Every fact of seed documents 001 (the OSAPG page "The Responsibility to Protect") and 004 (ICRtoP's summary of
 * A/63/677, 16 February 2009) that seed/*.yaml encodes, read back through the public GraphQL API.
 */

const OSAPG_PAGE = 'http://www.un.org/en/preventgenocide/adviser/responsibility.shtml';
const ICRTOP_SUMMARY = 'document:icrtop-summary-2009';

interface Rel {
  type: string;
  direction: 'IN' | 'OUT';
  properties: Record<string, string | boolean | null>;
  node: { id: string; kind: string; label: string };
  sources: Array<{ document: string; passage: string | null }>;
}
interface ClaimRow {
  property: string;
  value: string;
  preferred: boolean;
}

describe('seed facts of seeds 001 (OSAPG page) and 004 (ICRtoP summary)', () => {
  const api = new TestApi();
  afterAll(() => api.close());

  /** One node by id (or symbol) with the given selection on its concrete type. */
  async function node<T = Record<string, any>>(id: string, selection = ''): Promise<T & { id: string; kind: string; label: string }> {
    const data = await api.data(`query($id: ID!) { node(id: $id) { id kind label ${selection} } }`, { id });
    return data.node;
  }

  /** The relationships of a node, of one type, in one direction. */
  async function rels(id: string, type: string, direction: 'IN' | 'OUT' | 'BOTH' = 'OUT'): Promise<Rel[]> {
    const data = await api.data(
      `query($id: ID!, $types: [RelationshipType!], $direction: Direction!) { node(id: $id) {
        relationships(types: $types, direction: $direction) {
          type direction properties { date role provision from to by post verb acting partTime rule annotation }
          node { id kind label } sources { document passage } } } }`,
      { id, types: [type], direction },
    );
    return data.node.relationships;
  }

  /** The one relationship of a type from `from` to `to` (fails when there is none). */
  async function rel(from: string, type: string, to: string): Promise<Rel> {
    const found = (await rels(from, type, 'OUT')).filter((r) => r.node.id === to);
    expect(found.map((r) => `${from} ${type} ${r.node.id}`)).toEqual([`${from} ${type} ${to}`]);
    return found[0];
  }

  /** The claims about a property of a node, preferred first. */
  async function claims(id: string, property: string): Promise<ClaimRow[]> {
    const n = await node<{ claims: ClaimRow[] }>(id, 'claims { property value preferred }');
    return n.claims.filter((c) => c.property === property);
  }

  /** True when the ISO date `day` falls in the term [from, to]; partial dates (YYYY, YYYY-MM) count as ranges. */
  function within(day: string, from: string | null, to: string | null): boolean {
    const afterStart = from === null || day.slice(0, from.length) >= from;
    const beforeEnd = to === null || day.slice(0, to.length) <= to;
    return afterStart && beforeEnd;
  }

  describe('the three pillars', () => {
    const pillars: Array<[string, number, string, string]> = [
      [
        'pillar:1',
        1,
        'The protection responsibilities of the State',
        'The State carries the primary responsibility for protecting populations from genocide, war crimes, crimes against humanity and ethnic cleansing, and their incitement',
      ],
      [
        'pillar:2',
        2,
        'International assistance and capacity-building',
        'The international community has a responsibility to encourage and assist States in fulfilling this responsibility',
      ],
      [
        'pillar:3',
        3,
        'Timely and decisive response',
        'The international community has a responsibility to use appropriate diplomatic, humanitarian and other means to protect populations from these crimes. If a State is manifestly failing to protect its populations, the international community must be prepared to take collective action to protect populations, in accordance with the Charter of the United Nations.',
      ],
    ];

    it.each(pillars)('holds %s as pillar number %s titled "%s" with the exact wording of seed 001', async (id, number, title, wording) => {
      const pillar = await node(id, '... on Pillar { number title wording sources { document } }');
      expect(pillar).toMatchObject({ kind: 'Pillar', label: expect.any(String), number, title, wording });
      expect(pillar.sources.map((s: { document: string }) => s.document)).toContain(OSAPG_PAGE);
    });

    it('lists exactly the three pillars, in order', async () => {
      const data = await api.data('{ pillars { totalCount nodes { id number } } }');
      expect(data.pillars.totalCount).toBe(3);
      expect(data.pillars.nodes).toEqual([
        { id: 'pillar:1', number: 1 },
        { id: 'pillar:2', number: 2 },
        { id: 'pillar:3', number: 3 },
      ]);
    });

    const pillarCrimes: Array<[string, string]> = [
      ['pillar:1', 'crime:genocide'],
      ['pillar:1', 'crime:war-crimes'],
      ['pillar:1', 'crime:crimes-against-humanity'],
      ['pillar:1', 'crime:ethnic-cleansing'],
      ['pillar:1', 'crime:incitement'],
      ['pillar:2', 'crime:genocide'],
      ['pillar:2', 'crime:war-crimes'],
      ['pillar:2', 'crime:crimes-against-humanity'],
      ['pillar:2', 'crime:ethnic-cleansing'],
      ['pillar:3', 'crime:genocide'],
      ['pillar:3', 'crime:war-crimes'],
      ['pillar:3', 'crime:crimes-against-humanity'],
      ['pillar:3', 'crime:ethnic-cleansing'],
    ];
    it.each(pillarCrimes)('records that %s addresses %s', async (pillar, crime) => {
      const p = await node<{ crimes: Array<{ type: string; node: { id: string } }> }>(
        pillar,
        '... on Pillar { crimes { type node { id } } }',
      );
      expect(p.crimes).toContainEqual({ type: 'ADDRESSES', node: { id: crime } });
    });

    const formulatedIn: Array<[string, string]> = [
      ['A/RES/60/1', 'pillar:1'],
      ['A/RES/60/1', 'pillar:2'],
      ['A/RES/60/1', 'pillar:3'],
      ['A/63/677', 'pillar:1'],
      ['A/63/677', 'pillar:2'],
      ['A/63/677', 'pillar:3'],
      ['document:icrtop-summary-2009', 'pillar:1'],
      ['document:icrtop-summary-2009', 'pillar:2'],
      ['document:icrtop-summary-2009', 'pillar:3'],
      ['A/66/874', 'pillar:3'],
    ];
    it.each(formulatedIn)('records that %s addresses %s', async (from, pillar) => {
      await rel(from, 'ADDRESSES', pillar);
    });
  });

  describe('the four crimes and their incitement', () => {
    const crimes: Array<[string, string]> = [
      ['crime:genocide', 'Genocide'],
      ['crime:war-crimes', 'War crimes'],
      ['crime:crimes-against-humanity', 'Crimes against humanity'],
      ['crime:ethnic-cleansing', 'Ethnic cleansing'],
      ['crime:incitement', 'Incitement'],
    ];
    it.each(crimes)('holds the crime %s named "%s"', async (id, name) => {
      expect(await node(id, '... on Crime { name }')).toMatchObject({ kind: 'Crime', name });
    });

    it('describes incitement in the words of seed 004', async () => {
      const crime = await node('crime:incitement', '... on Crime { description }');
      expect(crime.description).toBe('incitement of genocide, crimes against humanity, ethnic cleansing and war crimes');
    });

    it('lists the five crimes', async () => {
      const data = await api.data('{ crimes(first: 100) { nodes { id } } }');
      expect(data.crimes.nodes.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(crimes.map(([id]) => id)));
    });

    const resolutionCrimes = crimes.slice(0, 4).map(([id]) => id);
    it.each(resolutionCrimes)('records that the 2005 World Summit Outcome (A/RES/60/1) addresses %s', async (crime) => {
      await rel('A/RES/60/1', 'ADDRESSES', crime);
    });

    it('records that the pillar-three reminder of the obligation to prevent incitement addresses incitement', async () => {
      await rel('measure:p3-03', 'ADDRESSES', 'crime:incitement');
    });
  });

  describe('the Secretary-General reports named in the seeds', () => {
    const reports: Array<[string, string, string[], number]> = [
      ['A/63/677', 'Implementing the responsibility to protect', ['A/63/677'], 1],
      ['A/64/864', 'Early warning, assessment and the responsibility to protect', ['A/64/864'], 2],
      [
        'A/65/877',
        'The role of regional and subregional arrangements in implementing the responsibility to protect',
        ['A/65/877', 'S/2011/393'],
        3,
      ],
      ['A/66/874', 'Responsibility to protect: timely and decisive response', ['A/66/874', 'S/2012/578'], 4],
      ['A/67/929', 'Responsibility to protect: State responsibility and prevention', ['A/67/929', 'S/2013/399'], 5],
      [
        'A/68/947',
        'Fulfilling our collective responsibility: international assistance and the responsibility to protect',
        ['A/68/947', 'S/2014/449'],
        6,
      ],
    ];
    it.each(reports)('holds the report %s titled "%s" with symbols %j, number %s in the series', async (id, title, symbols, ordinal) => {
      const report = await node(id, '... on Report { title symbols ordinal }');
      expect(report).toMatchObject({ id, kind: 'Report', title, symbols, ordinal });
    });

    const atDialogue: Array<[string, string, string, string]> = [
      ['A/63/677', 'PRESENTED_AT', 'dialogue:2009-07-21', '2009-07-21'],
      ['A/63/677', 'DISCUSSED_AT', 'dialogue:2009-07-23', '2009-07-23'],
      ['A/64/864', 'DISCUSSED_AT', 'dialogue:2010-08-09', '2010-08-09'],
      ['A/65/877', 'DISCUSSED_AT', 'dialogue:2011-07-12', '2011-07-12'],
      ['A/66/874', 'PRESENTED_AT', 'dialogue:2012-09-05', '2012-09-05'],
      ['A/67/929', 'DISCUSSED_AT', 'dialogue:2013-09-11', '2013-09-11'],
      ['A/68/947', 'DISCUSSED_AT', 'dialogue:2014-09-08', '2014-09-08'],
    ];
    it.each(atDialogue)('holds the report %s %s %s, held on %s', async (id, type, dialogue, date) => {
      const report = await node<{ dialogues: Array<{ type: string; properties: { date: string | null; by: string | null }; node: { id: string; startDate: string } }> }>(
        id,
        '... on Report { dialogues { type properties { date by } node { id startDate } } }',
      );
      const link = report.dialogues.find((d) => d.type === type && d.node.id === dialogue);
      expect(link).toBeDefined();
      expect(link!.node.startDate).toBe(date);
      if (type === 'PRESENTED_AT') expect(link!.properties).toEqual({ date, by: 'person:ban-ki-moon' });
    });

    const bySymbol: Array<[string, string]> = [
      ['A/65/877-S/2011/393', 'A/65/877'],
      ['S/2011/393', 'A/65/877'],
      ['A/66/874-S/2012/578', 'A/66/874'],
      ['S/2012/578', 'A/66/874'],
      ['A/67/929-S/2013/399', 'A/67/929'],
      ['A/68/947-S/2014/449', 'A/68/947'],
    ];
    it.each(bySymbol)('finds the report written %s in the seeds as %s', async (symbol, id) => {
      expect((await node(symbol)).id).toBe(id);
    });

    it('keeps seed 001\'s "A/65/877-S2011/393" as a non-preferred claim on the symbols of A/65/877', async () => {
      expect(await claims('A/65/877', 'symbols')).toEqual([
        { property: 'symbols', value: 'A/65/877–S/2011/393', preferred: true },
        { property: 'symbols', value: 'A/65/877-S2011/393', preferred: false },
      ]);
    });

    it('keeps seed 001\'s title "The responsibility to protect: timely and decisive response" as a non-preferred claim on A/66/874', async () => {
      expect(await claims('A/66/874', 'title')).toEqual([
        { property: 'title', value: 'Responsibility to protect: timely and decisive response', preferred: true },
        { property: 'title', value: 'The responsibility to protect: timely and decisive response', preferred: false },
      ]);
    });

    it('keeps seed 004\'s issue date of A/63/677 (30 January 2009) as a non-preferred claim beside the document date', async () => {
      const report = await node('A/63/677', '... on Report { date }');
      expect(report.date).toBe('2009-01-12');
      expect(await claims('A/63/677', 'date')).toEqual([
        { property: 'date', value: '2009-01-12', preferred: true },
        { property: 'date', value: '2009-01-30', preferred: false },
      ]);
    });

    it('records A/63/677 as issued by Ban Ki-moon and as the first comprehensive UN document on the responsibility to protect', async () => {
      const report = await node('A/63/677', '... on Report { summary issuedBy { node { id name } } }');
      expect(report.issuedBy).toContainEqual({ node: { id: 'person:ban-ki-moon', name: 'Ban Ki-moon' } });
      expect(report.summary).toMatch(/first comprehensive UN document/);
    });
  });

  describe('the General Assembly dialogues and debates', () => {
    const dialogues: Array<[string, string, string, string]> = [
      [
        'dialogue:2009-07-21',
        'Presentation by the Secretary-General of his report "Implementing the responsibility to protect" (A/63/677)',
        'plenary-debate',
        '2009-07-21',
      ],
      ['dialogue:2009-07-23-informal', 'Interactive dialogue on the responsibility to protect', 'informal-interactive-dialogue', '2009-07-23'],
      ['dialogue:2009-07-23', 'Debate on implementing the responsibility to protect', 'plenary-debate', '2009-07-23'],
      ['dialogue:2010-08-09', 'Early warning, assessment and the responsibility to protect', 'informal-interactive-dialogue', '2010-08-09'],
      [
        'dialogue:2011-07-12',
        'The role of regional and sub-regional arrangements in implementing the responsibility to protect',
        'informal-interactive-dialogue',
        '2011-07-12',
      ],
      ['dialogue:2012-09-05', 'The responsibility to protect: timely and decisive response', 'informal-interactive-dialogue', '2012-09-05'],
      ['dialogue:2013-09-11', 'Responsibility to protect: State responsibility and prevention', 'informal-interactive-dialogue', '2013-09-11'],
      [
        'dialogue:2014-09-08',
        'Fulfilling our collective responsibility: international assistance and the responsibility to protect',
        'informal-interactive-dialogue',
        '2014-09-08',
      ],
    ];
    it.each(dialogues)('holds the dialogue %s titled "%s", a %s that opened on %s, convened by the General Assembly', async (id, title, format, startDate) => {
      const dialogue = await node(id, '... on Dialogue { title format startDate convenedBy { node { id } } }');
      expect(dialogue).toMatchObject({ kind: 'Dialogue', title, format, startDate });
      expect(dialogue.convenedBy).toContainEqual({ node: { id: 'organ:general-assembly' } });
    });

    it.each(['2009-07-23', '2009-07-24', '2009-07-28'])('finds the 2009 plenary debate among the meetings held on %s', async (day) => {
      const data = await api.data(
        'query($day: String!) { dialogues(filter: { meetingDates: { includes: $day } }, first: 100) { nodes { id } } }',
        { day },
      );
      expect(data.dialogues.nodes.map((d: { id: string }) => d.id)).toContain('dialogue:2009-07-23');
    });

    it('holds the 2009 plenary debate as meeting on 23, 24 and 28 July and ending on 28 July', async () => {
      const debate = await node('dialogue:2009-07-23', '... on Dialogue { startDate endDate meetingDates }');
      expect(debate).toMatchObject({ startDate: '2009-07-23', endDate: '2009-07-28', meetingDates: ['2009-07-23', '2009-07-24', '2009-07-28'] });
    });

    it('keeps seed 001\'s "informal thematic discussion" of 23 July 2009 as a non-preferred format claim', async () => {
      expect(await claims('dialogue:2009-07-23-informal', 'format')).toEqual([
        { property: 'format', value: 'informal-interactive-dialogue', preferred: true },
        { property: 'format', value: 'informal-thematic-dialogue', preferred: false },
      ]);
    });

    it('keeps seed 004\'s expectation of a debate in the first quarter of 2009 as a non-preferred start-date claim', async () => {
      const startClaims = await claims('dialogue:2009-07-23', 'startDate');
      expect(startClaims[0]).toEqual({ property: 'startDate', value: '2009-07-23', preferred: true });
      expect(startClaims).toContainEqual({ property: 'startDate', value: 'first quarter of 2009 (expected)', preferred: false });
    });

    it('keeps seed 001\'s "In September 2014" as a non-preferred start-date claim on the 2014 dialogue', async () => {
      expect(await claims('dialogue:2014-09-08', 'startDate')).toEqual([
        { property: 'startDate', value: '2014-09-08', preferred: true },
        { property: 'startDate', value: '2014-09', preferred: false },
      ]);
    });

    it('counts 58 member states and, besides them, the regional organisation (and two civil-society groups) at the 2012 dialogue', async () => {
      const dialogue = await node(
        'dialogue:2012-09-05',
        '... on Dialogue { memberStateSpeakers otherSpeakers speakersNote sources { document passage } claims { property value preferred } }',
      );
      expect(dialogue.memberStateSpeakers).toBe(58);
      expect(dialogue.otherSpeakers).toBe(3);
      expect(dialogue.speakersNote).toBe(
        'On 5 September 2012, fifty-eight member states, one regional organization and two civil society organizations participated in the fourth United Nations (UN) informal interactive dialogue on the Responsibility to Protect (R2P) held in the UN General Assembly (UNGA).',
      );
      expect(dialogue.sources).toContainEqual({
        document: OSAPG_PAGE,
        passage: 'A total of 58 Member States and one regional organisation spoke during the debate.',
      });
      // Seed 001 and the GCR2P summary agree on 58 member states: no claim may prefer another count.
      const preferredCounts = dialogue.claims.filter((c: ClaimRow) => c.property === 'memberStateSpeakers' && c.preferred);
      for (const claim of preferredCounts) expect(claim.value).toBe('58');
    });

    it('counts 69 member states at the 2013 dialogue and keeps seed 001\'s 68 as a non-preferred claim', async () => {
      const dialogue = await node('dialogue:2013-09-11', '... on Dialogue { memberStateSpeakers otherSpeakers }');
      expect(dialogue).toMatchObject({ memberStateSpeakers: 69, otherSpeakers: 3 });
      const view = await node('dialogue:2013-09-11', 'claims { property value preferred sources { document passage } }');
      const counts = view.claims.filter((c: ClaimRow) => c.property === 'memberStateSpeakers');
      expect(counts.map(({ value, preferred }: ClaimRow) => ({ value, preferred }))).toEqual([
        { value: '69', preferred: true },
        { value: '68', preferred: false },
      ]);
      expect(counts[1].sources).toContainEqual({ document: OSAPG_PAGE, passage: 'A total of 68 Member States spoke during the debate.' });
    });

    const spoke: Array<[string, string, string]> = [
      ['person:ban-ki-moon', 'dialogue:2009-07-21', '2009-07-21'],
      ['person:edward-luck', 'dialogue:2009-07-23-informal', '2009-07-23'],
      ['person:ban-ki-moon', 'dialogue:2010-08-09', '2010-08-09'],
      ['person:edward-luck', 'dialogue:2010-08-09', '2010-08-09'],
      ['person:ban-ki-moon', 'dialogue:2011-07-12', '2011-07-12'],
      ['person:edward-luck', 'dialogue:2011-07-12', '2011-07-12'],
      ['person:adama-dieng', 'dialogue:2012-09-05', '2012-09-05'],
      ['person:jennifer-welsh', 'dialogue:2013-09-11', '2013-09-11'],
    ];
    it.each(spoke)('records that %s spoke at %s on %s', async (person, dialogue, date) => {
      const r = await rel(person, 'SPOKE_AT', dialogue);
      expect(r.properties.date).toBe(date);
    });

    it('records Adama Dieng\'s opening remarks at the 2012 dialogue', async () => {
      const r = await rel('person:adama-dieng', 'SPOKE_AT', 'dialogue:2012-09-05');
      expect(r.properties.role).toMatch(/opening remarks/);
    });
  });

  describe('the five panelists of the 2012 dialogue, from the list of panelists (not the photo caption)', () => {
    const panelists: Array<[string, string, string, string | null]> = [
      ['person:jan-eliasson', 'Jan Eliasson', 'Deputy Secretary-General', 'post:deputy-secretary-general'],
      ['person:ivan-simonovic', 'Ivan Šimonović', 'Assistant Secretary-General for Human Rights', 'post:assistant-secretary-general-human-rights'],
      ['person:gert-rosenthal', 'Gert Rosenthal', 'Permanent Representative of the Mission of Guatemala to the UN', null],
      [
        'person:youssoufou-bamba',
        'Youssoufou Bamba',
        'Permanent Representative of the Mission of Côte d’Ivoire to the UN',
        'post:permanent-representative-cote-divoire',
      ],
      ['person:alex-bellamy', 'Alex Bellamy', 'Professor of International Security at the Griffith Asia Institute in Australia', null],
    ];

    it('holds exactly the five panelists ICRtoP lists, each sourced from that list', async () => {
      const dialogue = await node<{ panelists: Array<{ node: { id: string }; sources: Array<{ passage: string }> }> }>(
        'dialogue:2012-09-05',
        '... on Dialogue { panelists { node { id } sources { passage } } }',
      );
      expect(dialogue.panelists.map((p) => p.node.id).sort()).toEqual(panelists.map(([id]) => id).sort());
      for (const panelist of dialogue.panelists) {
        expect(panelist.sources.map((s) => s.passage).join(' ')).not.toMatch(/Panelists at the 2012 Dialogue/);
      }
    });

    it('holds Adama Dieng as the moderator of the panel, not a panelist, and Zhang Saijin only in the photo', async () => {
      const dieng = await rel('person:adama-dieng', 'SPOKE_AT', 'dialogue:2012-09-05');
      expect(dieng.properties.role).toMatch(/moderator of the panel/);
      expect((await rels('person:zhang-saijin', 'PANELIST_AT')).length).toBe(0);
      await rel('document:photo-panelists-2012-dialogue', 'FEATURES', 'person:zhang-saijin');
    });

    it.each(panelists)('holds %s (%s) as a panelist of dialogue:2012-09-05 in the role "%s"', async (id, name, role) => {
      const dialogue = await node<{ panelists: Array<{ type: string; properties: { role: string }; node: { id: string; name: string } }> }>(
        'dialogue:2012-09-05',
        '... on Dialogue { panelists { type properties { role } node { id name } } }',
      );
      expect(dialogue.panelists).toContainEqual({ type: 'PANELIST_AT', properties: { role }, node: { id, name } });
    });

    it.each(panelists.filter(([, , , post]) => post !== null))('holds %s (%s) as holding the post of the role "%s": %s', async (id, _name, _role, post) => {
      const person = await node<{ posts: Array<{ node: { id: string } }> }>(id, '... on Person { posts { node { id } } }');
      expect(person.posts.map((p) => p.node.id)).toContain(post);
    });

    it('records the Department for General Assembly and Conference Management above the General Assembly Affairs Branch', async () => {
      await rel('organ:general-assembly-affairs-branch', 'PART_OF', 'organ:dgacm');
      expect(await node('organ:dgacm', '... on Organ { name }')).toMatchObject({ name: 'Department for General Assembly and Conference Management' });
    });

    it('records the Permanent Representative post as part of Côte d’Ivoire', async () => {
      await rel('post:permanent-representative-cote-divoire', 'PART_OF', 'country:cote-divoire');
      expect(await node('country:cote-divoire', '... on Country { name }')).toMatchObject({ name: 'Côte d’Ivoire' });
    });
  });

  describe('the Special Advisers named in the seeds', () => {
    const POST_NAMES: Record<string, string> = {
      'post:special-adviser-r2p': 'Special Adviser of the Secretary-General on the Responsibility to Protect',
      'post:special-adviser-prevention-of-genocide': 'Special Adviser of the Secretary-General on the Prevention of Genocide',
    };
    // [person, name, post, a day on which a seed shows them in that post]
    const advisers: Array<[string, string, string, string]> = [
      ['person:edward-luck', 'Edward Luck', 'post:special-adviser-r2p', '2009-02-16'],
      ['person:edward-luck', 'Edward Luck', 'post:special-adviser-r2p', '2009-07-23'],
      ['person:edward-luck', 'Edward Luck', 'post:special-adviser-r2p', '2010-08-09'],
      ['person:edward-luck', 'Edward Luck', 'post:special-adviser-r2p', '2011-07-12'],
      ['person:francis-deng', 'Francis Deng', 'post:special-adviser-prevention-of-genocide', '2009-02-16'],
      ['person:adama-dieng', 'Adama Dieng', 'post:special-adviser-prevention-of-genocide', '2012-09-05'],
      ['person:jennifer-welsh', 'Jennifer Welsh', 'post:special-adviser-r2p', '2013-09-11'],
      ['person:jennifer-welsh', 'Jennifer Welsh', 'post:special-adviser-r2p', '2014-04-16'],
    ];
    it.each(advisers)('holds %s (%s) in the post %s on %s', async (id, name, post, day) => {
      const person = await node<{ name: string; posts: Array<{ type: string; properties: { from: string | null; to: string | null }; node: { id: string; name: string } }> }>(
        id,
        '... on Person { name posts { type properties { from to } node { id name } } }',
      );
      expect(person.name).toBe(name);
      const terms = person.posts.filter((p) => p.node.id === post);
      expect(terms.length).toBeGreaterThan(0);
      expect(terms[0]).toMatchObject({ type: 'HELD', node: { name: POST_NAMES[post] } });
      expect(terms.some((t) => within(day, t.properties.from, t.properties.to))).toBe(true);
    });

    it('keeps seed 001\'s "Special Adviser on the Prevention of Genocide, Jennifer Welsh" as a non-preferred claim on her post', async () => {
      expect(await claims('person:jennifer-welsh', 'post')).toEqual([
        { property: 'post', value: 'post:special-adviser-r2p', preferred: true },
        { property: 'post', value: 'post:special-adviser-prevention-of-genocide', preferred: false },
      ]);
      const welsh = await node<{ posts: Array<{ node: { id: string } }> }>('person:jennifer-welsh', '... on Person { posts { node { id } } }');
      expect(welsh.posts.map((p) => p.node.id)).not.toContain('post:special-adviser-prevention-of-genocide');
    });

    it('records that Jennifer Welsh spoke at the 2013 dialogue as Special Adviser on the Responsibility to Protect', async () => {
      const r = await rel('person:jennifer-welsh', 'SPOKE_AT', 'dialogue:2013-09-11');
      expect(r.properties.role).toBe('Special Adviser on the Responsibility to Protect');
    });

    it('records the posts of both Special Advisers as part of the joint Office', async () => {
      await rel('post:special-adviser-prevention-of-genocide', 'PART_OF', 'office:genocide-prevention-and-r2p');
      await rel('post:special-adviser-r2p', 'PART_OF', 'office:genocide-prevention-and-r2p');
    });
  });

  describe('the 2007 merger of the two offices', () => {
    const offices: Array<[string, string, string]> = [
      ['office:special-adviser-prevention-of-genocide', 'Office of the Special Adviser on the Prevention of Genocide', 'post:special-adviser-prevention-of-genocide'],
      ['office:special-adviser-r2p', 'Office of the Special Adviser on the Responsibility to Protect', 'post:special-adviser-r2p'],
    ];
    it.each(offices)('holds %s ("%s") as merged in 2007 into the joint office', async (id, name) => {
      const office = await node(id, '... on Office { name mergedInto { type properties { date } node { id name } } }');
      expect(office.name).toBe(name);
      expect(office.mergedInto).toEqual([
        {
          type: 'MERGED_INTO',
          properties: { date: '2007' },
          node: { id: 'office:genocide-prevention-and-r2p', name: 'Office on Genocide Prevention and the Responsibility to Protect' },
        },
      ]);
    });

    it.each(offices)('holds %s ("%s") as headed by %s', async (id, _name, post) => {
      const office = await node(id, '... on Office { headedBy { node { id } } }');
      expect(office.headedBy).toContainEqual({ node: { id: post } });
    });

    it('holds the joint office as merged from both offices and headed by the Special Adviser on the Prevention of Genocide', async () => {
      const office = await node('office:genocide-prevention-and-r2p', '... on Office { mergedFrom { node { id } } headedBy { node { id } } }');
      expect(office.mergedFrom.map((l: { node: { id: string } }) => l.node.id).sort()).toEqual(
        ['office:special-adviser-prevention-of-genocide', 'office:special-adviser-r2p'],
      );
      expect(office.headedBy).toContainEqual({ node: { id: 'post:special-adviser-prevention-of-genocide' } });
    });

    it('holds S/2007/721, the Secretary-General\'s letter of 31 August 2007 to the President of the Security Council', async () => {
      const letter = await node('S/2007/721', '... on Document { title documentType date symbols issuedBy: authors { type node { id } } }');
      expect(letter).toMatchObject({
        kind: 'Document',
        title: 'Letter of the Secretary-General to the President of the Security Council of 31 August 2007',
        documentType: 'letter',
        date: '2007-08-31',
        symbols: ['S/2007/721'],
      });
      expect(letter.issuedBy).toContainEqual({ type: 'ISSUED_BY', node: { id: 'person:ban-ki-moon' } });
    });

    it.each(['A/63/677', 'A/64/864', 'document:osapg-r2p-page'])('records that %s cites the letter S/2007/721', async (from) => {
      await rel(from, 'CITES', 'S/2007/721');
    });
  });

  describe('resolution A/RES/63/308 and its disputed date', () => {
    it('dates A/RES/63/308 14 September 2009 and keeps seed 001\'s 2 October 2009 as a non-preferred claim', async () => {
      const resolution = await node('A/RES/63/308', '... on Resolution { date symbols adoptedWithoutVote }');
      expect(resolution).toMatchObject({ kind: 'Resolution', date: '2009-09-14', symbols: ['A/RES/63/308'] });
      expect(await claims('A/RES/63/308', 'date')).toEqual([
        { property: 'date', value: '2009-09-14', preferred: true },
        { property: 'date', value: '2009-10-02', preferred: false },
      ]);
    });

    it('records the seed-001 source of the 2 October 2009 claim', async () => {
      const view = await node('A/RES/63/308', 'claims { value preferred sources { document } }');
      const october = view.claims.find((c: { value: string }) => c.value === '2009-10-02');
      expect(october.sources.map((s: { document: string }) => s.document)).toEqual([OSAPG_PAGE]);
    });

    it('records A/RES/63/308 as adopted by the General Assembly, taking note of A/63/677 and addressing the responsibility to protect', async () => {
      const adopted = await rel('A/RES/63/308', 'ADOPTED_BY', 'organ:general-assembly');
      expect(adopted.properties.date).toBe('2009-09-14');
      await rel('A/RES/63/308', 'TAKES_NOTE_OF', 'A/63/677');
      await rel('A/RES/63/308', 'ADDRESSES', 'concept:responsibility-to-protect');
    });
  });

  describe('the measures of seed 004', () => {
    const perPillar: Array<[string, string, number]> = [
      ['recommendation', 'pillar:1', 8],
      ['form-of-assistance', 'pillar:2', 4],
      ['recommendation', 'pillar:2', 10],
      ['proposed-action', 'pillar:3', 11],
    ];
    it.each(perPillar)('counts the %s measures of the summary under %s: %s', async (category, pillar, count) => {
      const data = await api.data(
        `query($category: String!, $pillar: ID!, $doc: ID!) { measures(first: 100, filter: {
          category: { eq: $category },
          related: [{ type: BELONGS_TO, direction: OUT, id: $pillar }, { type: PROPOSED_IN, direction: OUT, id: $doc }] }) {
          totalCount nodes { id } } }`,
        { category, pillar, doc: ICRTOP_SUMMARY },
      );
      expect(data.measures.totalCount).toBe(count);
    });

    const perCategory: Array<[string, number]> = [
      ['recommendation', 18],
      ['form-of-assistance', 4],
      ['proposed-action', 11],
      ['way-forward', 6],
      ['early-warning', 3],
    ];
    it.each(perCategory)('counts the %s measures proposed in the summary: %s', async (category, count) => {
      const data = await api.data(
        `query($category: String!, $doc: ID!) { measures(first: 100, filter: {
          category: { eq: $category }, related: [{ type: PROPOSED_IN, direction: OUT, id: $doc }] }) { totalCount } }`,
        { category, doc: ICRTOP_SUMMARY },
      );
      expect(data.measures.totalCount).toBe(count);
    });

    it('counts 42 measures proposed in the summary, all of them also in A/63/677', async () => {
      const data = await api.data(
        `query($doc: ID!) {
          all: measures(first: 100, filter: { related: [{ type: PROPOSED_IN, direction: OUT, id: $doc }] }) { totalCount }
          both: measures(first: 100, filter: { related: [{ type: PROPOSED_IN, direction: OUT, id: $doc },
            { type: PROPOSED_IN, direction: OUT, id: "A/63/677" }] }) { totalCount } }`,
        { doc: ICRTOP_SUMMARY },
      );
      expect(data.all.totalCount).toBe(42);
      expect(data.both.totalCount).toBe(42);
    });

    // [id, category, ordinal, pillars it belongs to, exact text of seed 004]
    const measures: Array<[string, string, number, string[], string]> = [
    ["measure:p1-01", "recommendation", 1, ["pillar:1"], "Ensure that there are effective mechanisms for handling domestic disputes; foster respect among disparate groups and protecting the rights of women, youth and minorities."],
    ["measure:p1-02", "recommendation", 2, ["pillar:1"], "Support the work of the UN Human Rights Council as a forum to push States to meet their RtoP obligations. The Council’s Universal Periodic Review mechanism could be used to monitor States’ human rights performance in relation to RtoP."],
    ["measure:p1-03", "recommendation", 3, ["pillar:1"], "Become parties to and implement obligations of relevant international instruments on human rights, international humanitarian law and refugee law, as well as the Rome Statute of the International Criminal Court."],
    ["measure:p1-04", "recommendation", 4, ["pillar:1"], "Engage in a process of self-reflection to understand how RtoP principles are universal and can also be integrated into local values and standards."],
    ["measure:p1-05", "recommendation", 5, ["pillar:1"], "All societies should engage in a process of self-reflection to identify the risk factors that could lead to mass atrocity crimes. This could involve state-to-state learning processes through partnerships and peer review mechanisms."],
    ["measure:p1-06", "recommendation", 6, ["pillar:1"], "Ensure and/or facilitate the work of international and national organizations, particularly their efforts to strengthen local entities, such as: police, soldiers, the judiciary and legislators and those helping to oversee the implementation of human rights and humanitarian standards."],
    ["measure:p1-07", "recommendation", 7, ["pillar:1"], "Ensure individual approach (including reintegration of child soldiers, provided assistance to victims etc)."],
    ["measure:p1-08", "recommendation", 8, ["pillar:1"], "Civil society and international organizations could facilitate the development of national and transnational network of survivors, to help them to share their experience, and therefore to prevent their reoccurrence or repletion elsewhere."],
    ["measure:p2-form-1", "form-of-assistance", 1, ["pillar:2"], "encouraging States to meet their pillar one responsibilities;"],
    ["measure:p2-form-2", "form-of-assistance", 2, ["pillar:2"], "helping States exercise their responsibilities;"],
    ["measure:p2-form-3", "form-of-assistance", 3, ["pillar:2"], "building the capacity of States to protect their populations from mass atrocities;"],
    ["measure:p2-form-4", "form-of-assistance", 4, ["pillar:2"], "assist States “under stress before crisis and conflict break out”."],
    ["measure:p2-01", "recommendation", 1, ["pillar:2"], "Support UN and sub-regional organization mechanisms for dialogue, education and training on human rights and humanitarian standards."],
    ["measure:p2-02", "recommendation", 2, ["pillar:2"], "Promote region-to-region learning processes such as existing early warning and conflict prevention systems, facilitated by the UN, regional/sub-regional organizations and/or external donors."],
    ["measure:p2-03", "recommendation", 3, ["pillar:2"], "Support good offices and public diplomacy efforts of regional, sub-regional mechanisms and the UN."],
    ["measure:p2-04", "recommendation", 4, ["pillar:2"], "Help build the civilian capacities of regional and sub-regional organizations to alleviate instances of growing ethnic tension."],
    ["measure:p2-05", "recommendation", 5, ["pillar:2"], "Create a standing or standby rapid-response civilian and police capacity to address emergency situations (there are existing proposals from civil society and governments)."],
    ["measure:p2-06", "recommendation", 6, ["pillar:2"], "Engage in preventive deployment through collective military assistance (or consent-based peacekeeping) to help the state address non-state actors' crimes relating to the RtoP to ensure a degree of stability and security on the ground."],
    ["measure:p2-07", "recommendation", 7, ["pillar:2"], "Encourage donors to support programs to advance capacities for prevention and protection from RtoP crimes. This will involve region-to-region, state-to-state and agency-to-agency learning on which strategies, doctrines and practices have worked best over time."],
    ["measure:p2-08", "recommendation", 8, ["pillar:2"], "States should strengthen their own security sectors to provide stability for all populations;"],
    ["measure:p2-09", "recommendation", 9, ["pillar:2"], "Engage donor countries in increasing rule of law assistance to states. Again, region-to-region learning will prove valuable."],
    ["measure:p2-10", "recommendation", 10, ["pillar:2"], "Increase the involvement of the Peacebuilding Commission to assist States in fulfilling their Responsibility to Protect. The Peacebuilding Fund could provide funding for emergency situations."],
    ["measure:p3-01", "proposed-action", 1, ["pillar:3"], "The Security Council and the General Assembly can appoint fact-finding missions to investigate and report on alleged violations of international law. The Human Rights Council may also deploy a fact-finding mission as well as appoint a special rapporteur to advise on the situation."],
    ["measure:p3-02", "proposed-action", 2, ["pillar:3"], "Such missions could promote timely notice and messages to leaders on whether States fail to meet obligations relating to the Responsibility to Protect. This step will also enable information delivery and thus a timely response by the respected bodies, including by the General Assembly, Security Council, International Criminal Court, UN High Commissioner for Human Rights, UN High Commissioner for Refugees and the Special Adviser on the Prevention of Genocide."],
    ["measure:p3-03", "proposed-action", 3, ["pillar:3"], "The international community can remind of the obligation to prevent the incitement of genocide, crimes against humanity, ethnic cleansing and war crimes, and remind that these acts could be referred to the International Criminal Court under the Rome Statute."],
    ["measure:p3-04", "proposed-action", 4, ["pillar:3"], "Reminding world leaders “incitement to racial hatred is condemned by the International Convention on the Elimination of All Forms of Racial Discrimination”. Due to its explicit character, states can rely on the International Community in its efforts to discourage the incidents of racial discrimination."],
    ["measure:p3-05", "proposed-action", 5, ["pillar:3"], "Promoting targeted diplomatic sanctions (i.e. travel, financial transfers, luxury goods and arms) and arms embargoes to ensure that Member States respect and act in accordance with the provisions of the World Summit Outcome document regarding RtoP. Civil society may also influence individual, public and private investors to withdraw foreign direct investment based on a country’s unacceptable behavior."],
    ["measure:p3-06", "proposed-action", 6, ["pillar:3"], "Member States should consider “the principles, rules and doctrine that should guide the application of coercive force in extreme situations relating to the Responsibility to Protect’."],
    ["measure:p3-07", "proposed-action", 7, ["pillar:3"], "The responsibility of the Secretary-General to provide members of the Security Council and General Assembly with information about potential RtoP situations and to ensure that they act in a “timely and decisive” manner."],
    ["measure:p3-08", "proposed-action", 8, ["pillar:3"], "The importance for Security Council Members, in particularly the Permanent Five ‘to refrain from employing or threatening to employ the veto in situations of manifest failure to meet obligations relating to the Responsibility to Protect, as defined in paragraph 139 of the Summit Outcome, and to reach a mutual understanding to that effect”."],
    ["measure:p3-09", "proposed-action", 9, ["pillar:3"], "The role for the General Assembly to monitor international peace and security, in collaboration between Headquarters and regional organizations. Under the “Uniting for Peace” initiative, the General Assembly may address peace and security issues, particularly, when the Security Council fails to exercise its responsibility due to lack of unanimity among its five permanent members."],
    ["measure:p3-10", "proposed-action", 10, ["pillar:3"], "Continued consideration by Member States, the Security Council and the General Assembly towards developing a UN rapid-response military capacity to confront imminent or actual atrocity crimes."],
    ["measure:p3-11", "proposed-action", 11, ["pillar:3"], "Global-regional collaboration, in ensuring increased and more effective collaboration between the UN and regional and sub-regional organizations, namely in capacity-sharing and early-warning capabilities."],
    ["measure:way-forward-01", "way-forward", 1, [], "Welcome or take note of the present report."],
    ["measure:way-forward-02", "way-forward", 2, [], "Define its “continuing consideration” role as mandated in paragraph 139 of the 2005 World Summit Outcome."],
    ["measure:way-forward-03", "way-forward", 3, ["pillar:2"], "Address ways to define and develop the partnership between States and the international community, under Pillar Two on “international assistance and capacity building”, of the strategy outlined in the present report."],
    ["measure:way-forward-04", "way-forward", 4, [], "Consider whether and, if so, how to conduct a periodic review of Member States’ actions to implement the Responsibility to Protect."],
    ["measure:way-forward-05", "way-forward", 5, [], "Determine how best to exercise its oversight of the Secretariat’s efforts to implement the Responsibility to Protect. This could include annual or biannual reports from the SG for the next several years on the progress made towards implementation of the norm."],
    ["measure:early-warning-01", "early-warning", 1, [], "It is important to use available information, resources, particularly the knowledge of local partners, in the development of relevant strategies, as well as decision-making process."],
    ["measure:early-warning-02", "early-warning", 2, [], "It is important to avoid creating new and/or redundant entities dealing with crime and violence-related issues. Instead, relevant organizations, departments and programs should “incorporate consideration and perspectives relating to the responsibility to protect into the ongoing activities and reporting procedures to the extent that their mandates permit”. This would enable the UN to anticipate situations likely to involve crimes and violations, as well as improve information-sharing and common analysis among the different programs and agencies."],
    ];
    it.each(measures)('holds %s, a %s numbered %s under %j: "%s"', async (id, category, ordinal, pillars, text) => {
      const measure = await node(
        id,
        '... on Measure { text category ordinal pillars { type node { id } } proposedIn { node { id } } }',
      );
      expect(measure).toMatchObject({ kind: 'Measure', text, category, ordinal });
      expect(measure.pillars.map((p: { type: string; node: { id: string } }) => `${p.type} ${p.node.id}`).sort()).toEqual(
        pillars.map((p) => `BELONGS_TO ${p}`),
      );
      expect(measure.proposedIn.map((p: { node: { id: string } }) => p.node.id).sort()).toEqual(['A/63/677', ICRTOP_SUMMARY].sort());
    });

    it.each([
      ['pillar:1', 8],
      ['pillar:2', 15],
      ['pillar:3', 11],
    ])('lists the summary\'s measures under %s through Pillar.measures: %s', async (pillar, count) => {
      const p = await node<{ measures: Array<{ node: { id: string; proposedIn: Array<{ node: { id: string } }> } }> }>(
        pillar as string,
        '... on Pillar { measures { node { id proposedIn { node { id } } } } }',
      );
      const fromSummary = p.measures.filter((m) => m.node.proposedIn.some((d) => d.node.id === ICRTOP_SUMMARY));
      expect(fromSummary).toHaveLength(count as number);
    });

    const involves: Array<[string, string, string]> = [
      ['measure:p1-02', 'organ:human-rights-council', 'forum to push States to meet their RtoP obligations'],
      ['measure:p1-02', 'organ:universal-periodic-review', "monitor States' human rights performance in relation to RtoP"],
      ['measure:p1-03', 'instrument:rome-statute', 'instrument States should become parties to and implement'],
      ['measure:p2-10', 'organ:peacebuilding-commission', 'assist States in fulfilling their Responsibility to Protect'],
      ['measure:p2-10', 'organ:peacebuilding-fund', 'funding for emergency situations'],
      ['measure:p3-01', 'organ:human-rights-council', 'deploy a fact-finding mission; appoint a special rapporteur'],
      ['measure:p3-02', 'post:special-adviser-prevention-of-genocide', 'timely response to information from fact-finding missions'],
      ['measure:p3-02', 'organ:ohchr', 'timely response (UN High Commissioner for Human Rights)'],
      ['measure:p3-02', 'organ:unhcr', 'timely response (UN High Commissioner for Refugees)'],
      ['measure:p3-03', 'organization:international-criminal-court', 'court to which incitement could be referred'],
      ['measure:p3-03', 'instrument:rome-statute', 'legal basis for referral to the ICC'],
      ['measure:p3-04', 'instrument:icerd', 'condemns incitement to racial hatred'],
      ['measure:p3-08', 'organ:security-council', 'permanent members to refrain from employing or threatening to employ the veto'],
      ['measure:p3-09', 'instrument:uniting-for-peace', 'basis for General Assembly action when the Security Council fails to act'],
      ['measure:way-forward-05', 'organ:secretariat', "General Assembly oversight of the Secretariat's efforts"],
    ];
    it.each(involves)('records that %s involves %s as "%s"', async (measure, actor, role) => {
      const r = await rel(measure, 'INVOLVES', actor);
      expect(r.properties.role).toBe(role);
    });

    it.each(['measure:p3-11', 'measure:early-warning-01', 'measure:early-warning-02'])('records that %s addresses early warning', async (measure) => {
      await rel(measure, 'ADDRESSES', 'concept:early-warning');
    });

    it('records the Universal Periodic Review as a mechanism of the Human Rights Council', async () => {
      await rel('organ:universal-periodic-review', 'PART_OF', 'organ:human-rights-council');
    });
  });

  describe('the instruments the seeds name', () => {
    const instruments: Array<[string, string, string | null]> = [
      ['instrument:genocide-convention', 'Convention on the Prevention and Punishment of the Crime of Genocide', null],
      ['instrument:rome-statute', 'Rome Statute of the International Criminal Court', null],
      ['instrument:icerd', 'International Convention on the Elimination of All Forms of Racial Discrimination', null],
      ['instrument:un-charter-chapter-vi', 'Charter of the United Nations, Chapter VI (pacific settlement of disputes)', 'Chapter VI'],
      ['instrument:un-charter-chapter-vii', 'Charter of the United Nations, Chapter VII', 'Chapter VII'],
      ['instrument:un-charter-chapter-viii', 'Charter of the United Nations, Chapter VIII (regional arrangements)', 'Chapter VIII'],
      ['instrument:un-charter-articles-10-14', 'Charter of the United Nations, Articles 10 to 14 (functions of the General Assembly)', 'Articles 10-14'],
      ['instrument:uniting-for-peace', 'Uniting for Peace (General Assembly resolution 377 (V))', 'resolution 377 A (V)'],
      ['instrument:au-constitutive-act', 'Constitutive Act of the African Union', null],
    ];
    it.each(instruments)('holds the instrument %s named "%s" (provision %s)', async (id, name, provision) => {
      expect(await node(id, '... on Instrument { name provision }')).toMatchObject({ kind: 'Instrument', name, provision });
    });

    const citations: Array<[string, string, string | null]> = [
      ['document:osapg-r2p-page', 'instrument:genocide-convention', 'article 1'],
      ['document:icrtop-summary-2009', 'instrument:rome-statute', null],
      ['document:icrtop-summary-2009', 'instrument:icerd', null],
      ['document:icrtop-summary-2009', 'instrument:un-charter-chapter-vi', 'Chapter VI'],
      ['document:icrtop-summary-2009', 'instrument:un-charter-chapter-vii', 'Chapter VII'],
      ['document:icrtop-summary-2009', 'instrument:un-charter-chapter-viii', 'Chapter VIII'],
      ['document:icrtop-summary-2009', 'instrument:un-charter-articles-10-14', 'Articles 10-14'],
      ['document:icrtop-summary-2009', 'instrument:uniting-for-peace', null],
      ['document:icrtop-summary-2009', 'instrument:au-constitutive-act', 'Article 4(h)'],
      ['A/63/677', 'instrument:au-constitutive-act', 'Article 4(h)'],
      ['document:osapg-r2p-page', 'A/RES/60/1', 'para. 138-140'],
      ['document:icrtop-summary-2009', 'A/RES/60/1', 'paras. 138, 139 and 140'],
      ['A/63/677', 'A/RES/60/1', 'paragraphs 138 and 139'],
    ];
    it.each(citations)('records that %s cites %s (provision %s)', async (from, to, provision) => {
      const r = await rel(from, 'CITES', to);
      expect(r.properties.provision ?? null).toBe(provision);
    });

    it('records sovereignty as responsibility as enshrined in article 1 of the Genocide Convention', async () => {
      const r = await rel('concept:sovereignty-as-responsibility', 'ENSHRINED_IN', 'instrument:genocide-convention');
      expect(r.properties.provision).toBe('article 1');
    });

    it('holds the 2005 World Summit Outcome as A/RES/60/1, adopted without a vote', async () => {
      expect(await node('A/RES/60/1', '... on Resolution { title adoptedWithoutVote }')).toMatchObject({
        kind: 'Resolution',
        title: '2005 World Summit Outcome',
        adoptedWithoutVote: true,
      });
    });
  });

  describe('the concepts', () => {
    it('holds sovereignty as responsibility with the definition of seed 001', async () => {
      expect(await node('concept:sovereignty-as-responsibility', '... on Concept { name definition }')).toMatchObject({
        name: 'Sovereignty as responsibility',
        definition: 'a charge of responsibility where States are accountable for the welfare of their people',
      });
    });

    it('holds the responsibility to protect as enshrined in paras. 138-139 of A/RES/60/1, keeping seed 001\'s 138-140 as a non-preferred claim', async () => {
      const r = await rel('concept:responsibility-to-protect', 'ENSHRINED_IN', 'A/RES/60/1');
      expect(r.properties.provision).toBe('paras. 138-139');
      expect(await claims('concept:responsibility-to-protect', 'ENSHRINED_IN A/RES/60/1 provision')).toEqual([
        { property: 'ENSHRINED_IN A/RES/60/1 provision', value: 'A/RES/60/1, paras. 138-139', preferred: true },
        { property: 'ENSHRINED_IN A/RES/60/1 provision', value: 'A/RES/60/1, paras. 138-140', preferred: false },
      ]);
    });

    it.each(['document:osapg-r2p-page', 'document:icrtop-summary-2009'])('records that %s addresses the responsibility to protect', async (doc) => {
      await rel(doc, 'ADDRESSES', 'concept:responsibility-to-protect');
    });

    it('records that the ICRtoP summary addresses early warning', async () => {
      await rel('document:icrtop-summary-2009', 'ADDRESSES', 'concept:early-warning');
    });
  });

  describe('the two seed documents and the media they show', () => {
    it('holds the ICRtoP summary dated 16 February 2009, published by ICRtoP, summarising A/63/677', async () => {
      const summary = await node(
        ICRTOP_SUMMARY,
        '... on Document { title documentType date summarises { type node { id } } }',
      );
      expect(summary).toMatchObject({
        kind: 'Document',
        title: 'Summary of the Report of the Secretary-General on “Implementing the Responsibility to Protect”',
        documentType: 'summary',
        date: '2009-02-16',
      });
      expect(summary.summarises).toEqual([{ type: 'SUMMARISES', node: { id: 'A/63/677' } }]);
      await rel(ICRTOP_SUMMARY, 'PUBLISHED_BY', 'organization:icrtop');
      expect(await node('organization:icrtop', '... on Organization { name acronym }')).toMatchObject({
        name: 'International Coalition for the Responsibility to Protect',
        acronym: 'ICRtoP',
      });
    });

    it('lists the ICRtoP summary among the summaries of A/63/677', async () => {
      const report = await node('A/63/677', '... on Report { summaries { node { id date } } }');
      expect(report.summaries).toContainEqual({ node: { id: ICRTOP_SUMMARY, date: '2009-02-16' } });
    });

    it('holds the OSAPG page as a web page published by the Office of the Special Adviser on the Prevention of Genocide', async () => {
      const page = await node('document:osapg-r2p-page', '... on Document { documentType url }');
      expect(page).toMatchObject({ documentType: 'web-page', url: OSAPG_PAGE });
      await rel('document:osapg-r2p-page', 'PUBLISHED_BY', 'office:special-adviser-prevention-of-genocide');
    });

    it.each(['A/63/677', 'A/64/864', 'A/65/877', 'A/66/874', 'A/67/929', 'A/68/947', 'A/RES/63/308'])(
      'records that the OSAPG page cites %s',
      async (to) => {
        await rel('document:osapg-r2p-page', 'CITES', to);
      },
    );

    it('holds the 2014 interview video with Jennifer Welsh, published on 16 April 2014 and produced by Nathan Beriro', async () => {
      const video = await node('document:video-welsh-interview-2014', '... on Document { title documentType date }');
      expect(video).toMatchObject({
        kind: 'Document',
        title: 'Interview with Jennifer Welsh, UN Special Adviser on the responsibility to Protect (20th commemoration of the Rwanda genocide)',
        documentType: 'video',
        date: '2014-04-16',
      });
      const producer = await rel('document:video-welsh-interview-2014', 'CREATED_BY', 'person:nathan-beriro');
      expect(producer.properties.role).toBe('producer');
      expect(producer.node.label).toBe('Nathan Beriro');
    });

    it.each([
      ['FEATURES', 'person:jennifer-welsh'],
      ['FEATURES', 'event:rwanda-genocide-20th-commemoration'],
      ['PUBLISHED_BY', 'organ:outreach-programme-rwanda-genocide'],
    ])('records that the 2014 interview video %s %s', async (type, to) => {
      await rel('document:video-welsh-interview-2014', type, to);
    });

    it('holds the Outreach Programme and the 20th commemoration of the Rwanda genocide by name', async () => {
      expect(await node('organ:outreach-programme-rwanda-genocide', '... on Organ { name }')).toMatchObject({
        name: 'Outreach Programme on the Rwanda Genocide and the United Nations',
      });
      expect(await node('event:rwanda-genocide-20th-commemoration', '... on Event { name date }')).toMatchObject({
        name: '20th commemoration of the Rwanda genocide',
        date: '2014',
      });
    });

    it('holds the video of Edward Luck on defining the scope of the responsibility to protect', async () => {
      const video = await node('document:video-luck-scope-of-r2p', '... on Document { title documentType }');
      expect(video).toMatchObject({ title: 'Special Adviser Edward Luck on defining the scope of the responsibility to protect', documentType: 'video' });
      await rel('document:video-luck-scope-of-r2p', 'FEATURES', 'person:edward-luck');
    });

    // [photo, title, date, photographer, what it shows]
    const photos: Array<[string, string, string | null, string, string[]]> = [
      [
        'document:photo-sg-2011-regional-arrangements-dialogue',
        'The Secretary-General addresses the interactive debate on “The Role of Regional and Sub-regional Arrangements in Implementing the Responsibility to Protect”',
        null,
        'person:evan-schneider',
        ['dialogue:2011-07-12', 'person:ban-ki-moon'],
      ],
      [
        'document:photo-adama-dieng-2012-09-05',
        'Adama Dieng, Special Adviser of the Secretary-General on the Prevention of Genocide, addresses the General Assembly',
        '2012-09-05',
        'person:evan-schneider',
        ['dialogue:2012-09-05', 'person:adama-dieng'],
      ],
      [
        'document:photo-jennifer-welsh-2013-09-11',
        'Special Adviser Jennifer Welsh, 11 September 2013',
        '2013-09-11',
        'person:paulo-filgueiras',
        ['dialogue:2013-09-11', 'person:jennifer-welsh'],
      ],
      [
        'document:photo-panelists-2012-dialogue',
        'Panelists at the 2012 Dialogue on the Responsibility to Protect',
        null,
        'person:jc-mcilwaine',
        [
          'dialogue:2012-09-05',
          'person:adama-dieng',
          'person:ivan-simonovic',
          'person:jan-eliasson',
          'person:youssoufou-bamba',
          'person:zhang-saijin',
        ],
      ],
    ];
    it.each(photos)('holds the UN photo %s titled "%s" (date %s) by %s, showing %j', async (id, title, date, photographer, shows) => {
      const photo = await node(id, '... on Document { title documentType date features { node { id } } }');
      expect(photo).toMatchObject({ title, documentType: 'photo', date });
      expect(photo.features.map((f: { node: { id: string } }) => f.node.id)).toEqual(expect.arrayContaining(shows));
      const credit = await rel(id, 'CREATED_BY', photographer);
      expect(credit.properties.role).toBe('photographer');
    });
  });

  describe('the defects a review of the data found (issue 12)', () => {
    interface Exported {
      nodes: Array<{ key: string; attributes: { kind: string; sources: Array<{ url?: string }> } }>;
      edges: Array<{ source: string; target: string; attributes: { type: string; sources: Array<{ url?: string }> } }>;
    }
    let exported: Exported;
    beforeAll(async () => {
      const data = await api.data<{ exportGraph: string }>('{ exportGraph(format: GRAPHOLOGY) }');
      exported = JSON.parse(data.exportGraph);
    });

    it('cites on A/72/884 no passage about another report', async () => {
      const report = await node<{ sources: Array<{ passage: string }> }>('A/72/884', '... on Report { sources { passage } }');
      expect(report.sources.length).toBeGreaterThan(0);
      for (const source of report.sources) expect(source.passage).not.toMatch(/ninth|eleventh/i);
    });

    it('gives every source url as a page, never a bare site address', () => {
      const bare = [...exported.nodes.map((n) => [n.key, n.attributes.sources] as const), ...exported.edges.map((e) => [`${e.source} ${e.attributes.type} ${e.target}`, e.attributes.sources] as const)]
        .flatMap(([where, sources]) => sources.filter((s) => s.url && /^https?:\/\/[^/]+\/?$/.test(s.url)).map((s) => `${where}: ${s.url}`));
      expect(bare).toEqual([]);
    });

    it('leaves no node without a relationship', () => {
      const linked = new Set(exported.edges.flatMap((e) => [e.source, e.target]));
      expect(exported.nodes.filter((n) => !linked.has(n.key)).map((n) => n.key)).toEqual([]);
    });

    it('ties Syria to the summary of the 2012 dialogue that names it', async () => {
      await rel('document:gcr2p-summary-2012-dialogue', 'CONCERNS', 'country:syria');
    });

    it('dates Juan Méndez\'s appointment to the day its source gives, 12 July 2004', async () => {
      const held = await rel('person:juan-mendez', 'HELD', 'post:special-adviser-prevention-of-genocide');
      expect(held.properties.from).toBe('2004-07-12');
      expect(held.sources.map((s) => s.passage)).toContain('The Special Adviser was appointed by the Secretary-General on 12 July 2004.');
    });

    const reports: Array<[string, string, string[], number]> = [
      ['A/69/981', '2015-07-13', ['A/69/981', 'S/2015/500'], 7],
      ['A/73/898', '2019-06-10', ['A/73/898', 'S/2019/463'], 11],
      ['A/74/964', '2020-07-23', ['A/74/964', 'S/2020/501'], 12],
      ['A/76/844', '2022-05-26', ['A/76/844', 'S/2022/428'], 14],
      ['A/77/910', '2023-06-06', ['A/77/910', 'S/2023/409'], 15],
      ['A/78/901', '2024-06-03', ['A/78/901', 'S/2024/434'], 16],
    ];
    it.each(reports)('holds the report %s with its day-level date %s, symbols %j and number %s in the series', async (id, date, symbols, ordinal) => {
      expect(await node(id, '... on Report { date symbols ordinal }')).toMatchObject({ date, symbols, ordinal });
    });

    it('finds the 2019 and 2024 reports by their Security Council symbols', async () => {
      expect((await node('S/2019/463')).id).toBe('A/73/898');
      expect((await node('S/2024/434')).id).toBe('A/78/901');
    });

    it('records that George Okoth-Obbo presented the 2023 report at the debate of 26 June 2023', async () => {
      const presented = await rel('A/77/910', 'PRESENTED_AT', 'dialogue:2023-06-26');
      expect(presented.properties).toMatchObject({ date: '2023-06-26', by: 'person:george-okoth-obbo' });
    });

    const titles: Array<[string, string]> = [
      ['S/RES/1706(2006)', 'The situation in Sudan'],
      ['S/RES/1970(2011)', 'Peace and security in Africa'],
      ['S/RES/2150(2014)', 'Threats to international peace and security'],
    ];
    it.each(titles)('holds %s under its agenda title "%s"', async (id, title) => {
      expect((await node(id, '... on Resolution { title }')).title).toBe(title);
    });

    it('holds the unanimous vote on S/RES/2150(2014) that its press release states', async () => {
      expect(await node('S/RES/2150(2014)', '... on Resolution { votesFor votesAgainst abstentions }')).toMatchObject({
        votesFor: 15,
        votesAgainst: 0,
        abstentions: 0,
      });
    });

    it('holds what the 2009 report warns against, from seed 004', async () => {
      const warning = await node('measure:early-warning-warning', '... on Measure { text category }');
      expect(warning).toMatchObject({
        text: 'The report warns against failing to react to situations, or worse, to show patterns of selective reporting.',
        category: 'early-warning',
      });
      await rel('measure:early-warning-warning', 'PROPOSED_IN', 'A/63/677');
    });

    it('holds that the joint-office proposal was to go to the General Assembly later in 2009, after its debate', async () => {
      const proposal = await node('measure:way-forward-joint-office', '... on Measure { text }');
      expect(proposal.text).toMatch(/will be submitted to the GA later in 2009, only after the GA conducts its debate/);
      const assembly = await rel('measure:way-forward-joint-office', 'INVOLVES', 'organ:general-assembly');
      expect(assembly.properties.role).toMatch(/later in 2009/);
      await rel('measure:way-forward-joint-office', 'INVOLVES', 'post:special-adviser-prevention-of-genocide');
    });
  });

  describe('the rest of the record (issue 12)', () => {
    it('holds the 2025 report under a readable id, its symbols unknown, presented by the Secretary-General on 25 June 2025', async () => {
      const report = await node('report:2025', '... on Report { title date symbols ordinal }');
      expect(report).toMatchObject({
        kind: 'Report',
        title: 'Responsibility to Protect: 20 years of commitment to principled and collective action',
        date: '2025',
        symbols: [],
        ordinal: 17,
      });
      const presented = await rel('report:2025', 'PRESENTED_AT', 'dialogue:2025-06-25');
      expect(presented.properties).toMatchObject({ date: '2025-06-25', by: 'person:antonio-guterres' });
    });

    it('holds all seventeen annual reports, numbered 1 to 17', async () => {
      const data = await api.data('{ reports(first: 100) { totalCount nodes { ordinal } } }');
      expect(data.reports.totalCount).toBe(17);
      expect(data.reports.nodes.map((r: { ordinal: number }) => r.ordinal).sort((a: number, b: number) => a - b)).toEqual(
        Array.from({ length: 17 }, (_, i) => i + 1),
      );
    });

    it.each([
      ['A/63/677', ['44: Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences and summits in the economic, social and related fields', '107: Follow-up to the outcome of the Millennium Summit']],
      ['A/75/863', [
        '14: Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences and summits in the economic, social and related fields',
        '122: Follow-up to the outcome of the Millennium Summit',
        '135: The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity',
      ]],
    ])('holds the agenda items of %s as its header gives them', async (id, agendaItems) => {
      expect((await node(id, '... on Report { agendaItems }')).agendaItems).toEqual(agendaItems);
    });

    it.each([
      ['post:special-adviser-r2p'],
      ['post:special-adviser-prevention-of-genocide'],
      ['office:genocide-prevention-and-r2p'],
      ['office:special-adviser-r2p'],
    ])('ties the letter S/2007/721 to %s, which it concerns', async (to) => {
      await rel('S/2007/721', 'CONCERNS', to);
    });

    it('holds that the responsibility to protect is anchored in the principles of international law, from seed 004', async () => {
      const anchored = await rel('concept:responsibility-to-protect', 'ANCHORED_IN', 'concept:principles-of-international-law');
      expect(anchored.sources.map((s) => s.passage)).toContain(
        'The Responsibility to Protect as defined in the 2005 Summit is anchored in the principles of international law.',
      );
    });

    it('holds the ICISS report of December 2001, issued by the Commission its two co-chairs led', async () => {
      expect(await node('document:iciss-report-2001', '... on Document { title documentType date }')).toMatchObject({
        title: 'The Responsibility to Protect: Report of the International Commission on Intervention and State Sovereignty',
        documentType: 'report',
        date: '2001-12',
      });
      await rel('document:iciss-report-2001', 'ISSUED_BY', 'organization:iciss');
      for (const chair of ['person:gareth-evans', 'person:mohamed-sahnoun']) {
        expect((await rel('document:iciss-report-2001', 'CREATED_BY', chair)).properties.role).toBe('Co-Chair of the Commission');
      }
    });

    it.each([
      ['A/59/565', '2004-12-02', 'A more secure world: our shared responsibility: Report of the High-level Panel on Threats, Challenges and Change'],
      ['A/59/2005', '2005-03-21', 'In larger freedom: towards development, security and human rights for all: Report of the Secretary-General'],
    ])('holds %s, dated %s, titled "%s"', async (id, date, title) => {
      expect(await node(id, '... on Document { date title symbols }')).toMatchObject({ date, title, symbols: [id] });
    });

    it('ties the 2005 World Summit to A/RES/60/1, adopted there on 16 September 2005', async () => {
      const adopted = await rel('A/RES/60/1', 'ADOPTED_AT', 'event:2005-world-summit');
      expect(adopted.properties.date).toBe('2005-09-16');
    });

    it('holds the 15 September 2017 vote to put R2P on the formal agenda and the 73rd session\'s supplementary-item request', async () => {
      const vote = await node<{ sources: Array<{ passage: string }> }>('event:2017-09-15-r2p-on-formal-agenda', '... on Event { date sources { passage } }');
      expect(vote).toMatchObject({ date: '2017-09-15' });
      expect(vote.sources.map((s) => s.passage).join(' ')).toMatch(/113 in favour .* 21 against, with 17 abstentions/);
      expect(await node('A/73/192', '... on Document { documentType date }')).toMatchObject({ documentType: 'letter', date: '2018-08-20' });
    });

    it.each(['dialogue:2016-09-06', 'dialogue:2017-09-06', 'dialogue:2018-06-25', 'dialogue:2022-06-23'])(
      'records a joint statement of the Group of Friends of R2P at %s',
      async (dialogue) => {
        await rel('organization:group-of-friends-r2p', 'SPOKE_AT', dialogue);
      },
    );

    it('holds the first meeting of the Global Network of R2P Focal Points, 17-18 May 2011', async () => {
      expect(await node('dialogue:2011-05-17', '... on Dialogue { startDate endDate format }')).toMatchObject({
        startDate: '2011-05-17',
        endDate: '2011-05-18',
        format: 'informal-meeting',
      });
      await rel('dialogue:2011-05-17', 'PART_OF', 'organization:global-network-r2p-focal-points');
    });

    it('holds the Human Rights Council\'s panel of 11 May 2021 with its three panellists', async () => {
      const panel = await node<{ panelists: Array<{ node: { id: string } }> }>(
        'dialogue:2021-05-11',
        '... on Dialogue { format startDate panelists { node { id } } }',
      );
      expect(panel).toMatchObject({ format: 'panel-discussion', startDate: '2021-05-11' });
      expect(panel.panelists.map((p) => p.node.id).sort()).toEqual(['person:amina-bouayach', 'person:andrei-serbin-pont', 'person:rita-izsak-ndiaye']);
      await rel('dialogue:2021-05-11', 'CONVENED_BY', 'organ:human-rights-council');
    });

    it('derives pillar-language annotations from the REFERENCES passages, each naming its rule and carrying the passage', async () => {
      const links = await rels('A/RES/60/1', 'USES_LANGUAGE_OF');
      expect(links.map((l) => `${l.node.id} ${l.properties.rule}`).sort()).toEqual([
        'pillar:1 state-responsibility',
        'pillar:2 assistance-and-capacity-building',
      ]);
      for (const link of links) {
        expect(link.properties.annotation).toBe(true);
        expect(link.sources.map((s) => s.passage)).toEqual([expect.stringMatching(/^Each individual State has the responsibility to protect/)]);
      }
    });
  });
});
