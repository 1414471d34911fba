import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { ExtractResult, Relation } from '../../src/types.js';

const en = (text: string, publishedAt: string | null = null): ExtractResult => extract(text, { publishedAt, language: 'en' });
const ids = (r: ExtractResult) => r.entities.map((e) => e.id);
const find = (r: ExtractResult, type: Relation['type']) => r.relations.filter((x) => x.type === type);
const pair = (rel: Relation | undefined) => [...(rel?.participants ?? [])].sort();

describe('offsets', () => {
  it('every mention is input.slice(start, end), UTF-16 end-exclusive', () => {
    const texts = [
      'MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on Monday.',
      "Türkiye's President Recep Tayyip Erdoğan 🇹🇷 hosted the U.N. chief António Guterres — and the U.S. envoy — in Istanbul.",
      'The Saudi-led coalition said the Emirati and British officials spoke by telephone.',
    ];
    for (const t of texts) {
      const r = en(t, '2024-03-06');
      expect(r.entities.length).toBeGreaterThan(0);
      for (const e of r.entities) for (const m of e.mentions) expect(m.text).toBe(t.slice(m.start, m.end));
      for (const rel of r.relations) {
        expect(rel.trigger.text).toBe(t.slice(rel.trigger.start, rel.trigger.end));
        expect(rel.evidence.text).toBe(t.slice(rel.evidence.start, rel.evidence.end));
      }
    }
  });
});

describe('persons', () => {
  it('finds a person by full name and later by surname alone', () => {
    const r = en('Sergei Lavrov arrived late. Lavrov then spoke to reporters.', '2024-03-06');
    const lav = r.entities.find((e) => e.id === 'person:sergei-lavrov');
    expect(lav?.mentions.map((m) => m.text)).toEqual(['Sergei Lavrov', 'Lavrov']);
    expect(lav?.country).toBe('RU');
  });

  it('reads an unknown person after a title', () => {
    const r = en('Foreign Minister Zorblat Quennick of Ruritania said nothing.');
    const p = r.entities.find((e) => e.type === 'person');
    expect(p?.name.en).toBe('Zorblat Quennick');
    expect(p?.id.startsWith('person:~')).toBe(true);
  });

  it('does not take a weekday for a surname', () => {
    const r = en('The leaders talked on Friday in Paris.', '2024-05-10');
    expect(r.entities.some((e) => e.type === 'person')).toBe(false);
  });

  it('resolves a name to the person of the state that qualifies it', () => {
    const r = en("Jordan's King Abdullah met Palestinian President Mahmoud Abbas.", '2024-05-09');
    expect(ids(r)).toContain('person:abdullah-ii-of-jordan');
  });
});

describe('titles and demonyms', () => {
  it('a demonym before a title names the state and the title holder is the named person', () => {
    const r = en('Russian Foreign Minister Sergei Lavrov spoke.', '2024-03-06');
    expect(ids(r)).toEqual(['country:RU', 'person:sergei-lavrov']);
    expect(r.entities[0]!.mentions[0]!.kind).toBe('adjective');
  });

  it("resolves «Italy's Interior Minister» on the publication day", () => {
    const r = en("Italy's Interior Minister said migration was rising.", '2024-03-06');
    const p = r.entities.find((e) => e.type === 'person');
    expect(p?.implicit).toBe(true);
    expect(p?.country).toBe('IT');
    expect(p?.mentions[0]!.kind).toBe('title');
  });

  it('leaves a bare title unresolved in an undated text', () => {
    const r = en("Italy's Interior Minister said migration was rising.");
    expect(ids(r)).toEqual(['country:IT']);
  });

  it('resolves «his Turkish counterpart» through the antecedent role and the day', () => {
    const r = en('Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara.', '2024-03-06');
    const fidan = r.entities.find((e) => e.id === 'person:hakan-fidan');
    expect(fidan?.implicit).toBe(true);
    expect(fidan?.mentions[0]!.kind).toBe('counterpart');
    expect(pair(find(r, 'meeting')[0])).toEqual(['person:hakan-fidan', 'person:sergei-lavrov']);
  });

  it('a named counterpart is that person', () => {
    const r = en('Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan.', '2024-03-06');
    expect(r.entities.find((e) => e.id === 'person:hakan-fidan')?.implicit).toBeUndefined();
  });
});

describe('countries, cities and organizations', () => {
  it('reads country names, aliases and demonyms', () => {
    const r = en('U.S. troops, the UK, Britain, a Saudi delegation and Emirati diplomats were there.');
    expect(ids(r)).toEqual(['country:US', 'country:GB', 'country:SA', 'country:AE']);
  });

  it('needs capitals for acronyms («us» is a pronoun)', () => {
    const r = en('They told us that it was fine.');
    expect(r.entities).toEqual([]);
  });

  it('reads organizations by name and acronym', () => {
    const r = en('The UN, the Arab League and NATO issued statements.');
    expect(ids(r)).toEqual(['org:un', 'org:arab-league', 'org:nato']);
  });

  it('reads cities, including an upper-case dateline', () => {
    const r = en('CAIRO - Officials gathered in Amman and Baghdad.');
    expect(ids(r)).toEqual(['city:cairo', 'city:amman', 'city:baghdad']);
  });
});

describe('state bodies', () => {
  it('reads named seats as organizations with a country', () => {
    const r = en('The Kremlin, the White House and the State Department reacted.');
    const bodies = r.entities.filter((e) => e.type === 'organization');
    expect(bodies.map((b) => b.country)).toEqual(['RU', 'US', 'US']);
  });

  it('builds a foreign ministry from a demonym or a possessive state', () => {
    const r = en("The Russian Foreign Ministry and Turkey's foreign ministry issued statements.");
    expect(ids(r)).toContain('body:RU:foreign-ministry');
    expect(ids(r)).toContain('body:TR:foreign-ministry');
  });

  it('skips a body inside a person description', () => {
    const r = en('A Foreign Office representative declined to comment.');
    expect(r.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('relation triggers in every tense', () => {
  const day = '2024-03-06';
  const cases: Array<[string, Relation['type']]> = [
    ['Sergei Lavrov met Hakan Fidan.', 'meeting'],
    ['Sergei Lavrov meets Hakan Fidan.', 'meeting'],
    ['Sergei Lavrov will meet Hakan Fidan.', 'meeting'],
    ['Sergei Lavrov is to meet Hakan Fidan.', 'meeting'],
    ['Sergei Lavrov held talks with Hakan Fidan.', 'meeting'],
    ['Sergei Lavrov hosted Hakan Fidan.', 'meeting'],
    ['Sergei Lavrov received Hakan Fidan.', 'meeting'],
    ['Sergei Lavrov welcomed Hakan Fidan.', 'meeting'],
    ['Sergei Lavrov phoned Hakan Fidan.', 'call'],
    ['Sergei Lavrov spoke by telephone with Hakan Fidan.', 'call'],
    ['Sergei Lavrov called Hakan Fidan.', 'call'],
    ['Sergei Lavrov sent a message to Hakan Fidan.', 'message'],
    ['Sergei Lavrov congratulated Hakan Fidan.', 'message'],
    ['Sergei Lavrov signed an agreement with Hakan Fidan.', 'agreement'],
    ['Sergei Lavrov negotiated with Hakan Fidan.', 'negotiation'],
  ];
  for (const [text, type] of cases)
    it(`${type}: ${text}`, () => {
      const r = en(text, day);
      expect(r.relations.map((x) => x.type)).toEqual([type]);
      expect(pair(r.relations[0])).toEqual(['person:hakan-fidan', 'person:sergei-lavrov']);
    });

  it('marks firm plans as planned and past events as reported', () => {
    expect(en('Sergei Lavrov will meet Hakan Fidan.', day).relations[0]!.status).toBe('planned');
    expect(en('Sergei Lavrov is to meet Hakan Fidan.', day).relations[0]!.status).toBe('planned');
    expect(en('Sergei Lavrov met Hakan Fidan.', day).relations[0]!.status).toBe('reported');
  });

  it('does not report hopes, invitations or refusals', () => {
    expect(en('Sergei Lavrov hopes to meet Hakan Fidan.', day).relations).toEqual([]);
    expect(en('Sergei Lavrov invited Hakan Fidan to visit Moscow.', day).relations).toEqual([]);
    expect(en('Sergei Lavrov may meet Hakan Fidan.', day).relations).toEqual([]);
    expect(en('Sergei Lavrov did not meet Hakan Fidan.', day).relations).toEqual([]);
  });

  it('reads «called for» as no call', () => {
    expect(en('Sergei Lavrov called for calm in Syria.', day).relations).toEqual([]);
  });
});

describe('subjects, objects, passives', () => {
  const day = '2024-03-06';
  it('reads the passive agent', () => {
    const r = en('Antony Blinken was received by Saudi Crown Prince Mohammed bin Salman in Riyadh.', day);
    expect(pair(find(r, 'meeting')[0])).toEqual(['person:antony-blinken', 'person:mohammed-bin-salman']);
    expect(find(r, 'meeting')[0]!.location).toBe('city:riyadh');
  });

  it('reads «talks between A and B» as one relation', () => {
    const r = en('Talks between Iran and the European Union took place in Vienna.', day);
    const m = r.relations.find((x) => x.type === 'meeting');
    expect(pair(m)).toEqual(['country:IR', 'org:eu']);
  });

  it('separates the hosts of «talks with A and B»', () => {
    const r = en('Sergei Lavrov held talks with Hakan Fidan and Antony Blinken.', day);
    expect(find(r, 'meeting').map(pair)).toEqual([
      ['person:hakan-fidan', 'person:sergei-lavrov'],
      ['person:antony-blinken', 'person:sergei-lavrov'],
    ]);
  });

  it('uses states when no person is named', () => {
    const r = en('Egypt and Qatar signed a memorandum of understanding on energy.', day);
    expect(pair(find(r, 'agreement')[0])).toEqual(['country:EG', 'country:QA']);
    expect(find(r, 'agreement')[0]!.topics).toContain('energy');
  });

  it('does not make a source after a comma a participant', () => {
    const r = en('Sergei Lavrov met Hakan Fidan, the Kremlin said.', day);
    expect(pair(r.relations[0])).toEqual(['person:hakan-fidan', 'person:sergei-lavrov']);
  });

  it('takes a pronoun subject from the person before it', () => {
    const r = en('Sergei Lavrov said on Monday he will meet Hakan Fidan.', day);
    expect(pair(find(r, 'meeting')[0])).toEqual(['person:hakan-fidan', 'person:sergei-lavrov']);
  });
});

describe('visits', () => {
  const day = '2024-03-06';
  it('the visitor is the participant and the destination the location', () => {
    const r = en('Russian President Vladimir Putin visited Egypt.', day);
    const v = find(r, 'visit')[0]!;
    expect(v.participants).toEqual(['person:vladimir-putin']);
    expect(v.location).toBe('country:EG');
  });

  it('arrive in, travel to, a visit to; one visit per destination', () => {
    expect(find(en('Vladimir Putin arrived in Cairo on Tuesday.', day), 'visit')[0]!.location).toBe('city:cairo');
    expect(find(en('Vladimir Putin will travel to Cairo.', day), 'visit')[0]!.status).toBe('planned');
    expect(find(en("Vladimir Putin's visit to Cairo ended.", day), 'visit')[0]!.location).toBe('city:cairo');
    expect(find(en('Vladimir Putin visited Cairo and Riyadh.', day), 'visit').map((v) => v.location)).toEqual(['city:cairo', 'city:riyadh']);
  });

  it('a visit for talks is also a meeting with the host state', () => {
    const r = en('Vladimir Putin visits Egypt for talks on trade.', day);
    const m = find(r, 'meeting')[0]!;
    expect(pair(m)).toEqual(['country:EG', 'person:vladimir-putin']);
    expect(m.location).toBe('country:EG');
    expect(m.topics).toContain('economy-trade');
  });
});

describe('locations, dates and topics', () => {
  it('a call has no location', () => {
    const r = en('Sergei Lavrov phoned Hakan Fidan from Moscow.', '2024-03-06');
    expect(find(r, 'call')[0]!.location).toBeNull();
  });

  it('«on Monday» is the latest Monday on or before the day', () => {
    // 2024-03-06 is a Wednesday
    expect(en('Sergei Lavrov met Hakan Fidan on Monday.', '2024-03-06').relations[0]!.date).toBe('2024-03-04');
    expect(en('Sergei Lavrov met Hakan Fidan on Wednesday.', '2024-03-06').relations[0]!.date).toBe('2024-03-06');
    expect(en('Sergei Lavrov met Hakan Fidan yesterday.', '2024-03-06').relations[0]!.date).toBe('2024-03-05');
    expect(en('Sergei Lavrov met Hakan Fidan on March 1.', '2024-03-06').relations[0]!.date).toBe('2024-03-01');
  });

  it('no day without a publication day (unless the date is explicit)', () => {
    expect(en('Sergei Lavrov met Hakan Fidan on Monday.').relations[0]!.date).toBeNull();
    expect(en('Sergei Lavrov met Hakan Fidan on 3 March 2024.').relations[0]!.date).toBe('2024-03-03');
  });

  it('a meeting «here» takes the dateline city', () => {
    const r = en('ANKARA - Sergei Lavrov met Hakan Fidan here on Monday.', '2024-03-06');
    expect(r.relations[0]!.location).toBe('city:ankara');
  });

  it('topics come from the English side of the taxonomy', () => {
    const r = en('Sergei Lavrov met Hakan Fidan to discuss the war in Ukraine, energy and counter-terrorism.', '2024-03-06');
    expect(r.relations[0]!.topics.sort()).toEqual(['counterterrorism', 'energy', 'ukraine-war']);
  });
});

describe('negative text', () => {
  it('statements and clashes are no relations', () => {
    expect(en('U.S. troops and Iraqi forces clashed with militants near Mosul.').relations).toEqual([]);
    expect(en('Turkey said it would never accept the deal, Recep Tayyip Erdogan told reporters.').relations).toEqual([]);
  });
});

describe('planned dates', () => {
  it('a weekday in a future clause is the next such day', () => {
    // 2024-03-06 is a Wednesday
    const r = en('Vladimir Putin will visit Cairo on Friday.', '2024-03-06');
    expect(find(r, 'visit')[0]!.date).toBe('2024-03-08');
    expect(find(r, 'visit')[0]!.status).toBe('planned');
  });
});

describe('more constructions', () => {
  it('keeps a lower-case hyphenated part of an unknown name', () => {
    const r = en('Foreign Minister Quor Tam-lin of Ruritania spoke.');
    expect(r.entities.find((e) => e.type === 'person')?.name.en).toBe('Quor Tam-lin');
  });

  it('«reached a deal» is an agreement, «failed to reach a deal» is not', () => {
    expect(find(en('Egypt and Qatar reached a deal on gas exports.'), 'agreement').map(pair)).toEqual([['country:EG', 'country:QA']]);
    expect(en('Egypt and Qatar failed to reach a deal on gas exports.').relations).toEqual([]);
  });

  it('a qualifier noun between a state or organization and a name («Palestinian leader», «the UN chief»)', () => {
    const r = en('Palestinian leader Mahmoud Abbas hosted the UN chief Antonio Guterres in Ramallah.', '2024-03-06');
    expect(pair(find(r, 'meeting')[0])).toEqual(['person:antonio-guterres', 'person:mahmoud-abbas']);
  });

  it('a visit from a dateline «here»', () => {
    const r = en("NEW DELHI - Pakistan's foreign minister arrived here on Monday.");
    const v = find(r, 'visit')[0]!;
    expect(v.location).toBe('city:new-delhi');
    expect(v.participants).toEqual(['country:PK']);
  });
});
