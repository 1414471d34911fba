/**
 * Constructions of agency wires and readouts (issue 15), in sentences written
 * for these tests with office-holders of the gazetteer (no sentence reports a
 * real event). Each case compares the whole relation set (type, sorted
 * participants, location, date, source) with toEqual, negatives included.
 */
import { describe, expect, it } from 'vitest';
import { p, read, rels, row, run } from './cases.js';

const POWELL = p('colin-powell');
const SHARON = p('ariel-sharon');
const CHIRAC = p('jacques-chirac');
const W = '2024-03-06'; // a Wednesday


describe('predicates joined by «and» share their subject', () => {
  run([
    { name: '«X met Y in A and later flew to B»: X travels, not Y', text: 'Colin Powell met Ariel Sharon in Jerusalem and later flew to Cairo.', day: null,
      want: [row('meeting', [POWELL, SHARON], 'city:jerusalem', null, null), row('visit', [POWELL], 'city:cairo', null, null)] },
    { name: '«He met Y and then travelled to B»: the pronoun of the first verb travels', text: 'Blinken arrived in Tel Aviv on Tuesday. He met Israeli Prime Minister Benjamin Netanyahu and then traveled to Amman.', day: W,
      want: [row('visit', [p('antony-blinken')], 'city:tel-aviv', '2024-03-05', null), row('meeting', [p('antony-blinken'), p('benjamin-netanyahu')], 'city:tel-aviv', null, null), row('visit', [p('antony-blinken')], 'city:amman', null, null)] },
    { name: '«X received Y and held talks with Z»: the host holds the talks', text: 'King Abdullah of Jordan received Mahmoud Abbas in Amman and held talks with Iraqi Prime Minister Ayad Allawi.', day: null,
      want: [row('meeting', [p('abdullah-ii-of-jordan'), p('mahmoud-abbas')], 'city:amman', null, p('abdullah-ii-of-jordan')), row('meeting', [p('abdullah-ii-of-jordan'), p('ayad-allawi')], 'city:amman', null, null)] },
    { name: 'a relative clause keeps its own subject («Y, who later left for B»)', text: 'Egyptian President Hosni Mubarak met Ariel Sharon, who later left for Washington.', day: null,
      want: [row('meeting', [p('hosni-mubarak'), SHARON], null, null, null), row('visit', [SHARON], 'city:washington-d-c', null, null)] },
    { name: 'a subject named after «and» is its own («X met Y in A and Y later flew to B»)', text: 'Colin Powell met Ariel Sharon in Jerusalem and Sharon later flew to Cairo.', day: null,
      want: [row('meeting', [POWELL, SHARON], 'city:jerusalem', null, null), row('visit', [SHARON], 'city:cairo', null, null)] },
  ]);
});

describe('a dateline city before a dash is no place that locates a state', () => {
  run([
    { name: '«TOKYO - Japan and China held talks»: the two states act', text: 'TOKYO - Japan and China held talks on Tuesday.', day: null,
      want: [row('meeting', ['country:CN', 'country:JP'], null, null, null)] },
    { name: '«TOKYO (Reuters) - Japan and North Korea resumed talks»', text: 'TOKYO (Reuters) - Japan and North Korea resumed talks on Tuesday on the fate of abducted citizens.', day: null,
      want: [row('meeting', ['country:JP', 'country:KP'], null, null, null)] },
    { name: '«In Cairo, Egypt, X met Y»: a state after a city and a comma still locates it', text: 'In Cairo, Egypt, Colin Powell met Ariel Sharon.', day: null,
      want: [row('meeting', [POWELL, SHARON], 'city:cairo', null, null)] },
  ]);
});

describe('the matter of a talk between the verb and its partner', () => {
  run([
    { name: '«discussed the situation in A with Y in B»: Y the partner, B the venue, A no party', text: 'Lebanese Prime Minister Rafik Hariri discussed the situation in Iraq with French President Jacques Chirac in Paris.', day: null,
      want: [row('meeting', [p('rafic-hariri'), CHIRAC], 'city:paris', null, null)] },
    { name: '«talked about the crisis in A with Y»', text: 'Rafik Hariri talked about the crisis in Lebanon with Jacques Chirac.', day: null,
      want: [row('meeting', [p('rafic-hariri'), CHIRAC], null, null, null)] },
    { name: 'no partner after a comma or a verb («discussed the war in A, which worried Y»)', text: 'Rafik Hariri discussed the war in Iraq, which he said worried Jacques Chirac.', day: null, want: [] },
    { name: 'a state after «with» past the matter stays matter («the situation in A and relations with B»)', text: 'Rafik Hariri discussed the situation in Iraq and relations with Syria.', day: null, want: [] },
  ]);
});

describe('hosts, venues and the place of one trip', () => {
  run([
    { name: '«hosted a dinner for X»: an encounter hosted by the subject', text: 'Vladimir Putin hosted a dinner for George W. Bush in Moscow.', day: null,
      want: [row('meeting', [p('vladimir-putin'), p('george-w-bush')], 'city:moscow', null, p('vladimir-putin'))] },
    { name: '«hosted a dinner for the delegation»: no party named, no relation; «a plan for Iraq» is no meal', text: 'Vladimir Putin hosted a dinner for the delegation. Jacques Chirac welcomed a plan for Iraq.', day: null, want: [] },
    { name: '«Visiting minister X said in Damascus»: a visit to the city the sentence names', text: 'Visiting Iranian Foreign Minister Kamal Kharrazi said in Damascus on Monday that Tehran supports Syria.', day: null,
      want: [row('visit', [p('kamal-kharazi')], 'city:damascus', null, null)] },
    { name: '«signed a joint communique»: an agreement', text: 'Kofi Annan and Omar al-Bashir signed a joint communique in Khartoum on Saturday.', day: null,
      want: [row('agreement', [p('kofi-annan'), p('omar-al-bashir')], 'city:khartoum', null, null)] },
  ]);
});

describe('one party, one event', () => {
  run([
    { name: '«The foreign ministers of A and B, X and Y, met»: the persons stand for their states', text: 'The foreign ministers of Saudi Arabia and Iran, Prince Faisal bin Farhan and Hossein Amir-Abdollahian, met in Beijing on Thursday.', day: '2023-05-10',
      want: [row('meeting', [p('faisal-bin-farhan-al-saud'), p('hossein-amir-abdollahian')], 'city:beijing', '2023-05-04', null)] },
    { name: 'a headline\'s «meets Sudan leader» is the story\'s meeting with the Sudanese president', text: 'Annan meets Sudan leader. Kofi Annan met Sudanese President Omar al-Bashir on Thursday.', day: null,
      want: [row('meeting', [p('kofi-annan'), p('omar-al-bashir')], null, null, null)] },
    { name: 'a headline\'s visit to a state is the story\'s visit to its city', text: 'Blair in Iraq visit. British Prime Minister Tony Blair visited Baghdad on Tuesday.', day: null,
      want: [row('visit', [p('tony-blair')], 'city:baghdad', null, null)] },
    { name: 'no merge across types, states or destinations abroad', text: 'Annan meets Chad leader. Kofi Annan telephoned Omar al-Bashir. Blair visits Iraq. Tony Blair later flew to Amman.', day: null,
      want: [row('meeting', [p('kofi-annan'), 'country:TD'], null, null, null), row('call', [p('kofi-annan'), p('omar-al-bashir')], null, null, p('kofi-annan')),
        row('visit', [p('tony-blair')], 'country:IQ', null, null), row('visit', [p('tony-blair')], 'city:amman', null, null)] },
    { name: '«the two heads of state» are the parties just named', text: 'Indonesian President Joko Widodo met Chinese President Xi Jinping in Beijing. The two heads of state signed several agreements.', day: null,
      want: [row('meeting', [p('joko-widodo'), p('xi-jinping')], 'city:beijing', null, null), row('agreement', [p('joko-widodo'), p('xi-jinping')], null, null, null)] },
  ]);
});

describe('a visitor told something', () => {
  run([
    { name: '«X told visiting minister Y that …»: Y visits X\'s state, and X received him', text: 'Egyptian President Hosni Mubarak told visiting Israeli minister Silvan Shalom that Cairo wanted peace.', day: null,
      want: [row('visit', [p('silvan-shalom')], 'country:EG', null, null), row('meeting', [p('hosni-mubarak'), p('silvan-shalom')], null, null, p('hosni-mubarak'))] },
    { name: '«X said visiting minister Y was welcome»: the visitor is no hearer; a visitor of the speaker\'s own state is none', text: 'Egyptian President Hosni Mubarak said visiting Israeli minister Silvan Shalom was welcome. Hosni Mubarak told visiting Egyptian minister Ahmed Aboul Gheit that he was welcome.', day: null, want: [] },
  ]);
});

describe('restraint in readouts', () => {
  run([
    { name: '«looks forward to welcoming X», «expressed readiness to visit»: hopes, no relation', text: 'President Biden looks forward to welcoming President Macron to the White House later this year. Foreign Minister Wang Yi expressed readiness to visit Russia.', day: W, want: [] },
    { name: '«a meeting between A and B has not been scheduled», «talks … have yet to take place»', text: 'A meeting between Joe Biden and Xi Jinping has not been scheduled. Talks between Russia and Ukraine have yet to take place.', day: W, want: [] },
    { name: 'a negation inside the matter is no predicate («talks on not expanding the war»)', text: 'Joe Biden held talks with Xi Jinping in Beijing on not expanding the war.', day: W,
      want: [row('meeting', [p('joe-biden'), p('xi-jinping')], 'city:beijing', null, null)] },
  ]);
});

describe('messages carried by an envoy', () => {
  run([
    { name: '«Z conveyed a message from X to Y»: the message X→Y, and Z\'s meeting with Y, where Z acted (he delivered it)', text: 'Turkish Prime Minister Recep Tayyip Erdogan conveyed a message from Syrian President Bashar al-Assad to Israeli Prime Minister Ariel Sharon.', day: null,
      want: [row('message', [p('bashar-al-assad'), SHARON], null, null, p('bashar-al-assad')), row('meeting', [p('recep-tayyip-erdogan'), SHARON], null, null, p('recep-tayyip-erdogan'))] },
    { name: '«Y received a message from X, delivered by Z»', text: "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received a written message from Egyptian President Abdel Fattah el-Sisi, delivered by Egyptian Foreign Minister Sameh Shoukry, on Monday.", day: W,
      want: [row('message', [p('tamim-bin-hamad-al-thani'), p('abdel-fattah-el-sisi')], null, '2024-03-04', p('abdel-fattah-el-sisi')), row('meeting', [p('sameh-shoukry'), p('tamim-bin-hamad-al-thani')], null, '2024-03-04', p('sameh-shoukry'))] },
    { name: 'no carrier named, no meeting', text: "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received a written message from Egyptian President Abdel Fattah el-Sisi on Monday.", day: W,
      want: [row('message', [p('tamim-bin-hamad-al-thani'), p('abdel-fattah-el-sisi')], null, '2024-03-04', p('abdel-fattah-el-sisi'))] },
  ]);
});

describe('stays abroad told without a verb, and visits named by their place', () => {
  run([
    { name: '«X in Beijing for talks»: a visit', text: 'Colin Powell in Beijing for talks on North Korea', day: null,
      want: [row('visit', [POWELL], 'city:beijing', null, null)] },
    { name: '«X in Sudan to press Y»: a visit', text: 'Kofi Annan in Sudan to press Omar al-Bashir on Darfur', day: null,
      want: [row('visit', [p('kofi-annan')], 'country:SD', null, null)] },
    { name: '«X due in Israel on Sunday»: a planned visit', text: 'Condoleezza Rice due in Israel on Sunday', day: null,
      want: [row('visit', [p('condoleezza-rice')], 'country:IL', null, null)] },
    { name: 'no purpose, or the person\'s own state: no visit («X in Cairo said», «Y in Washington for talks»)', text: 'Kofi Annan in Cairo said the talks were useful. Colin Powell in Washington for talks with Congress.', day: null, want: [] },
    { name: '«Putin ends Turkey visit», «a surprise Baghdad visit»: the place before the visit noun', text: 'Vladimir Putin ends Turkey visit. Tony Blair made a surprise Baghdad visit.', day: null,
      want: [row('visit', [p('vladimir-putin')], 'country:TR', null, null), row('visit', [p('tony-blair')], 'city:baghdad', null, null)] },
    { name: 'a state adjective before a visit noun names no destination («his Turkish visit»)', text: 'Vladimir Putin ended his Turkish visit.', day: null, want: [] },
    { name: '«jets into Tehran»: a journey', text: 'Jack Straw jets into Tehran for nuclear talks', day: null,
      want: [row('visit', [p('jack-straw')], 'city:tehran', null, null)] },
  ]);
});

describe('headline talks', () => {
  run([
    { name: '«A, B in nuclear talks»: the two parties meet', text: 'Iran, EU in nuclear talks', day: null,
      want: [row('meeting', ['country:IR', 'org:eu'], null, null, null)] },
    { name: '«A and B in talks on K»', text: 'Pakistan and India in talks on Kashmir', day: null,
      want: [row('meeting', ['country:IN', 'country:PK'], null, null, null)] },
    { name: 'parties that only welcome, back or oppose talks hold none', text: 'Egypt and Jordan welcomed the talks. Russia and China oppose talks. Iran and Syria in nuclear row.', day: null, want: [] },
  ]);
});

describe('troops are no delegation', () => {
  run([
    { name: '«U.S. troops arrived in Iraq»: a deployment, no visit of the state', text: 'U.S. troops arrived in Iraq on Sunday.', day: null, want: [] },
    { name: 'a delegation still stands for its state («a Kenyan delegation arrived in Addis Ababa»)', text: 'A Kenyan delegation arrived in Addis Ababa on Sunday.', day: null,
      want: [row('visit', ['country:KE'], 'city:addis-ababa', null, null)] },
  ]);
});

describe('who the partner is not', () => {
  run([
    { name: '«spoke to reporters on his return from Germany»: the reporters are the hearers; the state no partner', text: 'Recep Tayyip Erdogan spoke to reporters on his return from Germany.', day: null, want: [] },
    { name: '«met with students from Kenya in Nairobi»: no party; «met with Kenyan officials»: the state', text: 'Antony Blinken met with students from Kenya in Nairobi. Antony Blinken met with Kenyan officials.', day: null,
      want: [row('meeting', [p('antony-blinken'), 'country:KE'], null, null, null)] },
    { name: '«"We had a productive conversation," X told reporters»: the speaker\'s «we» names no parties', text: 'Saudi Crown Prince Mohammed bin Salman received Antony Blinken in Jeddah. "We had a productive conversation," Blinken told reporters.', day: null,
      want: [row('meeting', [p('mohammed-bin-salman'), p('antony-blinken')], 'city:jeddah', null, p('mohammed-bin-salman'))] },
    { name: '«they» still names the parties just told', text: 'Saudi Crown Prince Mohammed bin Salman received Antony Blinken in Jeddah. They held talks on Gaza.', day: null,
      want: [row('meeting', [p('mohammed-bin-salman'), p('antony-blinken')], 'city:jeddah', null, p('mohammed-bin-salman'))] },
    { name: '«said he would travel to A to meet Y»: a reported plan, the meeting included', text: 'Turkish President Recep Tayyip Erdogan said he would travel to Russia next month to meet Vladimir Putin.', day: null,
      want: [row('visit', [p('recep-tayyip-erdogan')], 'country:RU', null, null), row('meeting', [p('recep-tayyip-erdogan'), p('vladimir-putin')], 'country:RU', null, null)] },
    { name: '«hoped to travel to A to meet Y»: a hope, no relation', text: 'Turkish President Recep Tayyip Erdogan hoped to travel to Russia to meet Vladimir Putin.', day: null, want: [] },
  ]);
});

describe('a mediator brings parties into talks', () => {
  run([
    { name: '«A will bring B\'s government and rebels into talks»: a negotiation of the mediator and B', text: "The African Union will bring Sudan's government and rebel groups into talks in Abuja next week.", day: null,
      want: [row('negotiation', ['country:SD', 'org:african-union'], 'city:abuja', null, null)] },
    { name: '«A brought B and C into talks»: the parties named', text: 'Norway brought Sri Lanka and Nepal into talks.', day: null,
      want: [row('negotiation', ['country:LK', 'country:NO', 'country:NP'], null, null, null)] },
    { name: 'a hope to bring parties into talks, or «bring peace», is none', text: 'Egypt hopes to bring Israel and Syria into negotiations. The United States wants to bring peace to the region.', day: null, want: [] },
  ]);
});

describe('journeys: tours, particles, departures', () => {
  run([
    { name: '«a tour … that will take him to A, B and C»: a visit to each', text: 'Antony Blinken began a tour that will take him to Egypt, Qatar and Israel.', day: null,
      want: [row('visit', [p('antony-blinken')], 'country:EG', null, null), row('visit', [p('antony-blinken')], 'country:QA', null, null), row('visit', [p('antony-blinken')], 'country:IL', null, null)] },
    { name: '«flew on to Amman»: a particle before «to»', text: 'After talks in Cairo, Antony Blinken flew on to Amman.', day: null,
      want: [row('visit', [p('antony-blinken')], 'city:amman', null, null)] },
    { name: '«left Khartoum on Tuesday for Nairobi»: the journey goes to Nairobi', text: 'Kofi Annan left Khartoum on Tuesday for Nairobi.', day: null,
      want: [row('visit', [p('kofi-annan')], 'city:nairobi', null, null)] },
    { name: '«arrived from Kuwait in Baghdad»: the place after the frame\'s preposition', text: 'Colin Powell arrived from Kuwait in Baghdad.', day: null,
      want: [row('visit', [POWELL], 'city:baghdad', null, null)] },
    { name: '«flew to divided Cyprus»: an adjective before the place', text: 'Colin Powell flew to divided Cyprus.', day: null,
      want: [row('visit', [POWELL], 'country:CY', null, null)] },
    { name: '«went on to say that Sudan …»: no journey; «the tour will take him to the border»: no place', text: 'Kofi Annan went on to say that Sudan must act. The tour will take him to the border.', day: null, want: [] },
  ]);
});

describe('background events', () => {
  run([
    { name: '«his first trip to A since Y visited B in 2019»: the earlier visit is background', text: "It was Vladimir Putin's first trip to Turkey since Recep Tayyip Erdogan visited Moscow in 2019.", day: null,
      want: [row('visit', [p('vladimir-putin')], 'country:TR', null, null)] },
    { name: '«since» before a date and a comma opens no clause («X, on a trip since May, met Y»)', text: 'Colin Powell, on his third trip to the region since May, met Ariel Sharon.', day: null,
      want: [row('meeting', [POWELL, SHARON], null, null, null)] },
  ]);
});

describe('a title and a family name', () => {
  run([
    { name: '«Chinese President Hu arrived in Brasilia»: the one Chinese president of that family name', text: 'Chinese President Hu arrived in Brasilia.', day: null,
      want: [row('visit', [p('hu-jintao')], 'city:brasilia', null, null)] },
    { name: 'a family name no holder of the office bears stays an unknown person', text: 'Chinese President Zorbat arrived in Brasilia.', day: null,
      want: [row('visit', ['person:~zorbat'], 'city:brasilia', null, null)] },
  ]);
});

describe('receptions of guests and joint gatherings', () => {
  run([
    { name: '«welcomed Y to the White House for a State Visit»: the reception, and Y\'s visit there', text: 'President Biden welcomed President Ruto of Kenya to the White House for a State Visit.', day: W,
      want: [row('meeting', [p('joe-biden'), p('william-ruto')], 'city:washington-d-c', null, p('joe-biden')), row('visit', [p('william-ruto')], 'city:washington-d-c', null, null)] },
    { name: '«received Y in Cairo for talks»: a reception, no visit without a travel word', text: 'Egyptian President Abdel Fattah al-Sisi received King Abdullah II of Jordan in Cairo for talks.', day: W,
      want: [row('meeting', [p('abdel-fattah-el-sisi'), p('abdullah-ii-of-jordan')], 'city:cairo', null, p('abdel-fattah-el-sisi'))] },
    { name: '«held a trilateral meeting with A and B»: one meeting of the three', text: 'Antony Blinken held a trilateral meeting with Yoko Kamikawa and Penny Wong.', day: W,
      want: [row('meeting', [p('antony-blinken'), p('yoko-kamikawa'), p('penny-wong')], null, null, null)] },
    { name: '«held talks with A and B» with no joint word: one meeting each', text: 'Antony Blinken held talks with Yoko Kamikawa and Penny Wong.', day: W,
      want: [row('meeting', [p('antony-blinken'), p('yoko-kamikawa')], null, null, null), row('meeting', [p('antony-blinken'), p('penny-wong')], null, null, null)] },
  ]);
});

describe('a noun trigger used as an adjective', () => {
  run([
    { name: '«reviewed progress in bilateral ties»: no encounter; «held a bilateral with Y», «a bilateral meeting with Z»: encounters', text: 'Narendra Modi held a bilateral with Joe Biden. Narendra Modi held a bilateral meeting with Fumio Kishida. The two leaders reviewed progress in bilateral ties.', day: null,
      want: [row('meeting', [p('narendra-modi'), p('joe-biden')], null, null, null), row('meeting', [p('narendra-modi'), p('fumio-kishida')], null, null, null)] },
  ]);
});

describe('a surname with another given name', () => {
  it('«Apple chief Tim Cook» is not Robin Cook; «Joe Biden», «Antony J. Blinken» stay the listed persons', () => {
    const r = read('Apple chief Tim Cook met Li Qiang in Beijing. Joe Biden met Benjamin Netanyahu. Antony J. Blinken met Wang Yi.', null);
    const persons = r.entities.filter((e) => e.type === 'person').map((e) => e.id);
    expect(persons).toEqual(['person:~tim-cook', 'person:li-qiang', 'person:joe-biden', 'person:benjamin-netanyahu', 'person:antony-blinken', 'person:wang-yi']);
  });
});

describe('regions: territories that are neither states nor cities', () => {
  const places = (text: string) => read(text, null).entities.filter((e) => ['city', 'region', 'country'].includes(e.type)).map((e) => e.id).sort();
  it('«Northern Ireland» is a region of the United Kingdom, not Ireland', () => {
    expect(places('Rishi Sunak flew to Northern Ireland after talks in Dublin.')).toEqual(['city:dublin', 'region:northern-ireland']);
    expect(read('Belfast is in Northern Ireland.', null).entities.find((e) => e.id === 'region:northern-ireland')?.country).toBe('GB');
  });
  it('«the Gaza Strip» and «the West Bank» are regions', () => {
    expect(places('Aid reached the Gaza Strip and the West Bank on Monday.')).toEqual(['region:gaza-strip', 'region:west-bank']);
  });
  it('a name the data gives a city and a region is the city («Washington», «New York»)', () => {
    expect(places('The envoy flew from New York to Washington.')).toEqual(['city:new-york-city', 'city:washington-d-c']);
  });
  run([
    { name: 'a visit to a region goes there', text: 'Antony Blinken visited the West Bank on Monday.', day: W,
      want: [row('visit', [p('antony-blinken')], 'region:west-bank', '2024-03-04', null)] },
    { name: '«the West Bank city of Ramallah»: the city is the place', text: 'Antony Blinken met Mahmoud Abbas in the West Bank city of Ramallah on Monday.', day: W,
      want: [row('meeting', [p('antony-blinken'), p('mahmoud-abbas')], 'city:ramallah', '2024-03-04', null)] },
    { name: 'a region without a settlement word after it stays the place', text: 'Emmanuel Macron held talks with Mahmoud Abbas in the West Bank on Tuesday.', day: W,
      want: [row('meeting', [p('emmanuel-macron'), p('mahmoud-abbas')], 'region:west-bank', '2024-03-05', null)] },
  ]);
});

describe('an unknown person acts for a state only with an office or a state', () => {
  run([
    { name: 'a bare unknown name is no party («Tim Cook met Li Qiang»)', text: 'Tim Cook met Li Qiang in Beijing on Tuesday.', day: W, want: [] },
    { name: 'a company title is no office («Apple chief executive Tim Cook held talks with Chinese Premier Li Qiang»)', text: 'Apple chief executive Tim Cook held talks with Chinese Premier Li Qiang on Tuesday.', day: W, want: [] },
    { name: 'a nationality before a trade is no office («Kenyan businessman X met Y»)', text: 'Kenyan businessman Moses Kuria met Antony Blinken on Tuesday.', day: W, want: [] },
    { name: 'an unknown visitor with no office visits no one («John Smith arrived in Paris»)', text: 'John Smith arrived in Paris on Tuesday for talks with Emmanuel Macron.', day: W, want: [] },
    { name: 'an office confirms him («Kenyan Trade Minister X met Y»)', text: 'Kenyan Trade Minister Rebecca Miano met Antony Blinken in Nairobi on Tuesday.', day: W,
      want: [row('meeting', [p('~rebecca-miano'), p('antony-blinken')], 'city:nairobi', '2024-03-05', null)] },
    { name: 'a state alone confirms him («Kenya\'s X held talks with Y»)', text: "Kenya's Moses Kuria held talks with Antony Blinken on Tuesday.", day: W,
      want: [row('meeting', [p('~moses-kuria'), p('antony-blinken')], null, '2024-03-05', null)] },
  ]);
});

describe('unnamed officials of a named state stand for the state', () => {
  const BLINKEN = p('antony-blinken');
  run([
    { name: '«met with officials of Kenya»: Kenya is the party', text: 'Antony Blinken met with officials of Kenya on Tuesday.', day: W,
      want: [row('meeting', [BLINKEN, 'country:KE'], null, '2024-03-05', null)] },
    { name: '«held talks with senior officials of A and B in C»: one encounter with both states', text: 'Antony Blinken held talks with senior officials of Kenya and Ethiopia in Nairobi on Tuesday.', day: W,
      want: [row('meeting', [BLINKEN, 'country:ET', 'country:KE'], 'city:nairobi', '2024-03-05', null)] },
    { name: '«representatives of the Philippines met X»: the officials as subject', text: 'Representatives of the Philippines met Antony Blinken in Manila.', day: W,
      want: [row('meeting', [BLINKEN, 'country:PH'], 'city:manila', null, null)] },
    { name: 'officials with no state named are no party («met with officials to discuss Kenya»)', text: 'Antony Blinken met with officials on Tuesday to discuss Kenya.', day: W, want: [] },
  ]);
});

describe('the stops of a tour', () => {
  const BLINKEN = p('antony-blinken');
  run([
    { name: 'the later stops of a tour have no day of their own', text: 'Antony Blinken arrived in Cairo on Monday at the start of a tour that will take him to Amman and Doha.', day: W,
      want: [row('visit', [BLINKEN], 'city:cairo', '2024-03-04', null), row('visit', [BLINKEN], 'city:amman', null, null), row('visit', [BLINKEN], 'city:doha', null, null)] },
    { name: '«began a tour in A on Monday that will take him to B and C»: the stops after the first destination', text: 'Antony Blinken began a regional tour in Cairo on Monday that will take him to Amman and Doha.', day: W,
      want: [row('visit', [BLINKEN], 'city:cairo', '2024-03-04', null), row('visit', [BLINKEN], 'city:amman', null, null), row('visit', [BLINKEN], 'city:doha', null, null)] },
    { name: 'places listed after one visit verb share its day', text: 'Antony Blinken visited Cairo and Amman on Monday.', day: W,
      want: [row('visit', [BLINKEN], 'city:cairo', '2024-03-04', null), row('visit', [BLINKEN], 'city:amman', '2024-03-04', null)] },
    { name: 'a trip to a region of the visitor\'s own state is domestic', text: 'British Prime Minister Rishi Sunak visited Northern Ireland on Monday.', day: W, want: [] },
    { name: 'a foreign visitor\'s trip to the region is a visit', text: 'Emmanuel Macron visited Northern Ireland on Monday.', day: W,
      want: [row('visit', [p('emmanuel-macron')], 'region:northern-ireland', '2024-03-04', null)] },
  ]);
});

describe('a meeting noun that names the occasion of a verb of meeting', () => {
  const BIDEN = p('joe-biden');
  const XI = p('xi-jinping');
  run([
    { name: '«could meet Y at the summit»: the summit is no encounter of its own, the hedge holds', text: 'Joe Biden could meet Xi Jinping at the summit.', day: W, want: [] },
    { name: '«might meet Y during the APEC summit»', text: 'Joe Biden might meet Xi Jinping during the APEC summit.', day: W, want: [] },
    { name: '«met Y on the sidelines of the summit in A»: one encounter', text: 'Joe Biden met Xi Jinping on the sidelines of the G20 summit in Bali on Tuesday.', day: W,
      want: [row('meeting', [BIDEN, XI], 'region:bali', '2024-03-05', null)] },
    { name: '«will meet Y at the summit»: a plan, one encounter', text: 'Joe Biden will meet Xi Jinping at the summit.', day: W,
      want: [row('meeting', [BIDEN, XI], null, null, null)] },
  ]);
});

describe('restraint: a possessor of what the verb governs', () => {
  run([
    { name: '«welcomed X\'s decision» is no reception of X', text: "Emmanuel Macron welcomed Olaf Scholz's decision on Tuesday.", day: W, want: [] },
    { name: '«welcomed Germany\'s offer of aid» is no reception of Germany', text: "Emmanuel Macron welcomed Germany's offer of aid.", day: W, want: [] },
    { name: '«X\'s visit to A» keeps its visitor', text: "Olaf Scholz's visit to Paris began on Tuesday.", day: W,
      want: [row('visit', [p('olaf-scholz')], 'city:paris', '2024-03-05', null)] },
    { name: '«greeted X at the Elysee»: a reception', text: 'Emmanuel Macron greeted Olaf Scholz at the Elysee on Tuesday.', day: W,
      want: [row('meeting', [p('emmanuel-macron'), p('olaf-scholz')], 'city:paris', '2024-03-05', p('emmanuel-macron'))] },
  ]);
});

describe('an object pronoun refers back to a person', () => {
  const SCHOLZ = p('olaf-scholz');
  const MACRON = p('emmanuel-macron');
  run([
    { name: '«X arrived in A. Y received him»: Y hosts X', text: 'Olaf Scholz arrived in Paris on Tuesday. Emmanuel Macron received him at the Elysee.', day: W,
      want: [row('visit', [SCHOLZ], 'city:paris', '2024-03-05', null), row('meeting', [MACRON, SCHOLZ], 'city:paris', null, MACRON)] },
    { name: '«When X arrived in A, Y received him»: the person before the subject in the sentence', text: 'When Olaf Scholz arrived in Paris, Emmanuel Macron received him at the Elysee.', day: W,
      want: [row('visit', [SCHOLZ], 'city:paris', null, null), row('meeting', [MACRON, SCHOLZ], 'city:paris', null, MACRON)] },
    { name: '«received her at the palace»: «her» before a preposition is an object', text: 'Annalena Baerbock landed in Cairo on Tuesday. Egyptian President Abdel Fattah el-Sisi received her at the palace.', day: W,
      want: [row('visit', [p('annalena-baerbock')], 'city:cairo', '2024-03-05', null), row('meeting', [p('abdel-fattah-el-sisi'), p('annalena-baerbock')], 'city:cairo', null, p('abdel-fattah-el-sisi'))] },
    { name: '«called him a friend» names, it does not phone', text: 'Olaf Scholz criticized Russia on Tuesday. Emmanuel Macron called him a friend.', day: W, want: [] },
    { name: '«received her proposals»: «her» before a noun is a possessive, no object', text: 'Annalena Baerbock spoke on Tuesday. Emmanuel Macron received her proposals.', day: W, want: [] },
  ]);
});

describe('a headline\'s present «agree to» is no encounter yet', () => {
  run([
    { name: '«A, B agree to resume talks»', text: 'Japan, China agree to resume talks.', day: W, want: [] },
    { name: '«A and B agree to hold talks next month»', text: 'Japan and China agree to hold talks next month.', day: W, want: [] },
    { name: '«A and B signed an agreement» still is one', text: 'Japan and China signed an agreement on Tuesday.', day: W,
      want: [row('agreement', ['country:CN', 'country:JP'], null, '2024-03-05', null)] },
  ]);
});

describe('groups led by a named head, and partnerships signed', () => {
  run([
    { name: '«a Hamas delegation led by X arrived in A for talks with Egyptian officials»: X visits and meets Egypt', text: 'A Hamas delegation led by Ismail Haniyeh arrived in Cairo on Tuesday for talks with Egyptian officials.', day: W,
      want: [row('visit', [p('ismail-haniyeh')], 'city:cairo', '2024-03-05', null), row('meeting', ['country:EG', p('ismail-haniyeh')], 'city:cairo', '2024-03-05', null)] },
    { name: 'a delegation with no named head stays its group', text: 'A Hamas delegation arrived in Cairo on Tuesday for talks with Egyptian officials.', day: W,
      want: [row('visit', ['org:hamas'], 'city:cairo', '2024-03-05', null), row('meeting', ['country:EG', 'org:hamas'], 'city:cairo', '2024-03-05', null)] },
    { name: '«A and B signed a strategic partnership»: an agreement', text: 'The European Union and Egypt signed a strategic partnership on Sunday.', day: W,
      want: [row('agreement', ['country:EG', 'org:eu'], null, '2024-03-03', null)] },
    { name: '«praised its partnership with B» signs nothing', text: 'Egypt praised its partnership with the European Union.', day: W, want: [] },
  ]);
});

describe('headlines: two states, a comma and a verb the tagger may read as a noun', () => {
  run([
    { name: '«Russia, China hold talks»', text: 'Russia, China hold talks.', day: W, want: [row('meeting', ['country:CN', 'country:RU'], null, null, null)] },
    { name: '«Russia, China hold talks in Oman»: the state after «in» is the place', text: 'Russia, China hold talks in Oman.', day: W, want: [row('meeting', ['country:CN', 'country:RU'], 'country:OM', null, null)] },
    { name: '«Japan, China sign trade pact»', text: 'Japan, China sign trade pact.', day: W, want: [row('agreement', ['country:CN', 'country:JP'], null, null, null)] },
    { name: '«Russia, China hold fears over sanctions» holds no encounter', text: 'Russia, China hold fears over sanctions.', day: W, want: [] },
    { name: '«the China hold on trade» is a noun', text: 'The China hold on trade is strong.', day: W, want: [] },
  ]);
});
