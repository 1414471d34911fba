/**
 * A battery of English constructions, one class each, in sentences written for
 * these tests with varied actors (office-holders of the gazetteer; no sentence
 * reports a real event): frames, the passive, references, groups, restraint,
 * visits, datelines, direction and readout style, in 2004 wire and 2020s
 * readout register. Each case compares the whole relation set (type, sorted
 * participants, location, date, source) with toEqual, negatives included.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import type { ExtractResult } from '../../src/types.js';
import { p, read, rels, row, run } from './cases.js';

const W = '2024-03-06'; // a Wednesday

const RUTO = p('william-ruto');
const STUBB = p('alexander-stubb');
const BLINKEN = p('antony-blinken');


describe('frames', () => {
  run([
    { name: '«X received Y at a place on a day»: a meeting hosted by X', text: 'Kenyan President William Ruto received Finnish President Alexander Stubb in Nairobi on Tuesday.', day: W,
      want: [row('meeting', [RUTO, STUBB], 'city:nairobi', '2024-03-05', RUTO)] },
    { name: '«Y paid a visit to a state»: a visit of Y', text: 'Greek Prime Minister Kyriakos Mitsotakis paid a visit to Malta on Monday.', day: W,
      want: [row('visit', [p('kyriakos-mitsotakis')], 'country:MT', '2024-03-04', null)] },
    { name: '«spoke by phone with her counterpart»: a mutual call', text: 'Japanese Foreign Minister Yoko Kamikawa spoke by phone with her Australian counterpart Penny Wong on Tuesday.', day: W,
      want: [row('call', [p('yoko-kamikawa'), p('penny-wong')], null, '2024-03-05', null)] },
    { name: '«held talks with … in a city»: a mutual meeting there', text: 'Indian External Affairs Minister Subrahmanyam Jaishankar held talks with Saudi Foreign Minister Faisal bin Farhan in Riyadh.', day: W,
      want: [row('meeting', [p('s-jaishankar'), p('faisal-bin-farhan-al-saud')], 'city:riyadh', null, null)] },
    { name: '«signed a memorandum … with»: an agreement of the two states', text: 'Brazil signed a memorandum of understanding on energy with Egypt.', day: W,
      want: [row('agreement', ['country:BR', 'country:EG'], null, null, null)] },
    { name: '«met with … on the sidelines of a summit»: a meeting, the summit no party', text: 'Italian Prime Minister Giorgia Meloni met with British Prime Minister Keir Starmer on the sidelines of the G7 summit.', day: '2024-09-10',
      want: [row('meeting', [p('giorgia-meloni'), p('keir-starmer')], null, null, null)] },
    { name: '«hosted X in a city»: the host is the source', text: 'Egyptian President Abdel Fattah al-Sisi hosted King Abdullah II of Jordan in Cairo.', day: W,
      want: [row('meeting', [p('abdel-fattah-el-sisi'), p('abdullah-ii-of-jordan')], 'city:cairo', null, p('abdel-fattah-el-sisi'))] },
    { name: '«welcomed X in a city»: a reception, no visit without a travel word', text: "Qatar's Emir Sheikh Tamim bin Hamad Al Thani welcomed Turkish President Recep Tayyip Erdogan in Doha on Monday.", day: W,
      want: [row('meeting', [p('tamim-bin-hamad-al-thani'), p('recep-tayyip-erdogan')], 'city:doha', '2024-03-04', p('tamim-bin-hamad-al-thani'))] },
    { name: '«X telephoned Y»: the caller is the source', text: 'Ukrainian President Volodymyr Zelenskyy telephoned Finnish President Alexander Stubb on Wednesday.', day: W,
      want: [row('call', [p('volodymyr-zelenskyy'), STUBB], null, '2024-03-06', p('volodymyr-zelenskyy'))] },
    { name: '«X and Y exchanged views on»: a mutual meeting', text: 'Chinese Foreign Minister Wang Yi and EU foreign policy chief Kaja Kallas exchanged views on the war in Ukraine.', day: '2025-03-06',
      want: [row('meeting', [p('wang-yi'), p('kaja-kallas')], null, null, null)] },
    { name: '«sent a letter to»: the sender is the source', text: 'President Joe Biden sent a letter to Kenyan President William Ruto on Friday.', day: W,
      want: [row('message', [p('joe-biden'), RUTO], null, '2024-03-01', p('joe-biden'))] },
  ]);
});

describe('the passive', () => {
  run([
    { name: '«Y was received by X»: X hosted', text: 'Finnish President Alexander Stubb was received by Kenyan President William Ruto on Tuesday.', day: W,
      want: [row('meeting', [RUTO, STUBB], null, '2024-03-05', RUTO)] },
    { name: '«Y was welcomed by X in a city»: X hosted there', text: 'Jordanian Foreign Minister Ayman Safadi was welcomed by Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha.', day: W,
      want: [row('meeting', [p('ayman-safadi'), p('mohammed-bin-abdulrahman-bin-jassim-al-thani')], 'city:doha', null, p('mohammed-bin-abdulrahman-bin-jassim-al-thani'))] },
  ]);
});

describe('references', () => {
  run([
    { name: '«the two leaders» in the next sentence: the same meeting', text: 'Maltese Prime Minister Robert Abela met Kyriakos Mitsotakis in Athens on Monday. The two leaders discussed migration.', day: W,
      want: [row('meeting', [p('robert-abela'), p('kyriakos-mitsotakis')], 'city:athens', '2024-03-04', null)] },
    { name: '«his Turkish counterpart» unnamed: the office-holder of the day', text: 'Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Moscow on Tuesday.', day: W,
      want: [row('meeting', [p('sergei-lavrov'), p('hakan-fidan')], 'city:moscow', '2024-03-05', null)] },
    { name: '«the visiting minister» after an arrival: the visitor meets at the destination', text: 'Australian Foreign Minister Penny Wong arrived in Wellington. The visiting minister met New Zealand Prime Minister Christopher Luxon.', day: W,
      want: [row('visit', [p('penny-wong')], 'city:wellington', null, null), row('meeting', [p('penny-wong'), p('christopher-luxon')], 'city:wellington', null, null)] },
    { name: '«he» in the next sentence: the visitor', text: 'Antony Blinken arrived in Cairo. He met President Abdel Fattah al-Sisi.', day: W,
      want: [row('visit', [BLINKEN], 'city:cairo', null, null), row('meeting', [BLINKEN, p('abdel-fattah-el-sisi')], 'city:cairo', null, null)] },
  ]);
});

describe('groups', () => {
  run([
    { name: '«welcomed the leaders of A and B to a summit»: one meeting of three, hosted', text: 'Spanish Prime Minister Pedro Sanchez welcomed the leaders of Greece and Malta to a summit in Madrid.', day: W,
      want: [row('meeting', [p('pedro-sanchez'), 'country:GR', 'country:MT'], 'city:madrid', null, p('pedro-sanchez'))] },
    { name: '«held talks with foreign ministers of the GCC»: the organization is the party', text: 'Wang Yi held talks with foreign ministers of the Gulf Cooperation Council in Beijing.', day: W,
      want: [row('meeting', [p('wang-yi'), 'org:gcc'], 'city:beijing', null, null)] },
  ]);
});

describe('restraint: nothing happened', () => {
  run([
    { name: 'a hope to meet', text: 'Kenyan President William Ruto said he hoped to meet Alexander Stubb.', day: W, want: [] },
    { name: 'a denial', text: 'Egypt denied that President Abdel Fattah al-Sisi had met Benjamin Netanyahu.', day: W, want: [] },
    { name: 'welcoming an outcome', text: 'French President Emmanuel Macron welcomed the outcome of the vote in Poland.', day: W, want: [] },
    { name: 'a readiness to host talks', text: 'Hakan Fidan said Turkey was ready to host talks between Russia and Ukraine.', day: W, want: [] },
    { name: 'a possibility, reported', text: 'Emmanuel Macron and Olaf Scholz could meet in Berlin next month, officials said.', day: W, want: [] },
    { name: 'a negated encounter', text: 'Volodymyr Zelenskyy has not spoken with Vladimir Putin since the war began.', day: W, want: [] },
    { name: 'an invitation', text: 'Giorgia Meloni invited Keir Starmer to visit Rome.', day: '2024-09-10', want: [] },
    { name: 'a rejection of talks', text: 'North Korea rejected talks with the United States.', day: W, want: [] },
    { name: 'a statement without encounter', text: 'Kofi Annan said the Security Council should act quickly on Darfur.', day: null, want: [] },
    { name: 'criticism in a speech', text: 'Colin Powell criticized the Iranian nuclear program in a speech to the United Nations.', day: null, want: [] },
  ]);
});

describe('visits', () => {
  run([
    { name: '«meets visiting Finnish President»: a meeting and a visit', text: 'Kenyan President William Ruto meets visiting Finnish President Alexander Stubb in Nairobi.', day: W,
      want: [row('meeting', [RUTO, STUBB], 'city:nairobi', null, null), row('visit', [STUBB], 'city:nairobi', null, null)] },
    { name: '«arrived in a city on a day»', text: 'Indian Prime Minister Narendra Modi arrived in Abu Dhabi on Tuesday.', day: W,
      want: [row('visit', [p('narendra-modi')], 'city:abu-dhabi', '2024-03-05', null)] },
    { name: '«wrapped up a visit to A and flew to B»: two visits', text: 'Antony Blinken wrapped up a visit to Egypt and flew to Israel.', day: W,
      want: [row('visit', [BLINKEN], 'country:EG', null, null), row('visit', [BLINKEN], 'country:IL', null, null)] },
    { name: '«on a tour of A and B»: one visit each', text: 'Chinese Foreign Minister Wang Yi is on a tour of Egypt and Tunisia.', day: W,
      want: [row('visit', [p('wang-yi')], 'country:EG', null, null), row('visit', [p('wang-yi')], 'country:TN', null, null)] },
    { name: '«began a state visit to»', text: 'Brazilian President Luiz Inacio Lula da Silva began a state visit to China on Tuesday.', day: W,
      want: [row('visit', [p('luiz-inacio-lula-da-silva')], 'country:CN', '2024-03-05', null)] },
    { name: '«will visit … next month, officials said»: a firm plan', text: 'Japanese Prime Minister Junichiro Koizumi will visit Beijing next month, officials said.', day: null,
      want: [row('visit', [p('junichiro-koizumi')], 'city:beijing', null, null)] },
    { name: '«wrapped up a three-day visit to»', text: 'Chinese President Hu Jintao wrapped up a three-day visit to Brazil.', day: null,
      want: [row('visit', [p('hu-jintao')], 'country:BR', null, null)] },
  ]);
});

describe('datelines', () => {
  run([
    { name: '«NAIROBI, Mar 3 (Reuters) —» with «here»: place and day', text: 'NAIROBI, Mar 3 (Reuters) — Finnish President Alexander Stubb met President William Ruto here on Sunday.', day: '2024-03-04',
      want: [row('meeting', [RUTO, STUBB], 'city:nairobi', '2024-03-03', null)] },
    { name: 'a dateline alone does not place a meeting', text: 'ANKARA, Feb 12 (AP) - Turkish Foreign Minister Hakan Fidan held talks with Russian Foreign Minister Sergei Lavrov on Monday.', day: '2025-02-12',
      want: [row('meeting', [p('hakan-fidan'), p('sergei-lavrov')], null, '2025-02-10', null)] },
  ]);
});

describe('direction', () => {
  run([
    { name: '«received a phone call from»: the caller', text: 'Canadian Prime Minister Justin Trudeau received a phone call from Ukrainian President Volodymyr Zelenskyy.', day: W,
      want: [row('call', [p('justin-trudeau'), p('volodymyr-zelenskyy')], null, null, p('volodymyr-zelenskyy'))] },
    { name: '«telephoned his counterpart to discuss»: the caller', text: 'Pakistani Foreign Minister Khurshid Kasuri telephoned his Indian counterpart Natwar Singh to discuss Kashmir.', day: null,
      want: [row('call', [p('khurshid-mahmud-kasuri'), p('natwar-singh')], null, null, p('khurshid-mahmud-kasuri'))] },
    { name: '«sent a cable of condolences to»: the sender', text: 'Egyptian President Abdel Fattah al-Sisi sent a cable of condolences to King Mohammed VI of Morocco.', day: W,
      want: [row('message', [p('abdel-fattah-el-sisi'), p('mohammed-vi-of-morocco')], null, null, p('abdel-fattah-el-sisi'))] },
  ]);
});

describe('readout style', () => {
  run([
    { name: '«President X spoke with Prime Minister Y of Z today»: a call that day', text: 'President Biden spoke with Prime Minister Kishida of Japan today.', day: W,
      want: [row('call', [p('joe-biden'), p('fumio-kishida')], null, W, null)] },
    { name: 'a heading «Secretary Blinken\'s Meeting with …» and its body: one meeting', text: "Secretary Blinken's Meeting with Indian External Affairs Minister Jaishankar\n\nSecretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar today in Washington. The Secretary and the External Affairs Minister discussed trade and energy.", day: W,
      want: [row('meeting', [BLINKEN, p('s-jaishankar')], 'city:washington-d-c', W, null)] },
    { name: 'a heading «Secretary Blinken\'s Call with …» and «spoke today with»: one call', text: "Secretary Blinken's Call with Ukrainian Foreign Minister Kuleba\n\nSecretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba.", day: W,
      want: [row('call', [BLINKEN, p('dmytro-kuleba')], null, W, null)] },
    { name: '«Prime Minister X spoke to President Y of Z this afternoon»', text: 'Prime Minister Keir Starmer spoke to President Emmanuel Macron of France this afternoon.', day: '2024-09-10',
      want: [row('call', [p('keir-starmer'), p('emmanuel-macron')], null, '2024-09-10', null)] },
    { name: 'a heading «Readout of President Joseph R. Biden, Jr.\'s Meeting with President Xi … of the People\'s Republic of China»: one meeting, China, no day', text: "Readout of President Joseph R. Biden, Jr.'s Meeting with President Xi Jinping of the People's Republic of China", day: '2023-11-15',
      want: [row('meeting', [p('joe-biden'), p('xi-jinping')], null, null, null)] },
    { name: '«Foreign Minister X met with Foreign Minister Y of Z»', text: 'Foreign Minister Penny Wong met with Foreign Minister Wang Yi of China in Canberra today.', day: W,
      want: [row('meeting', [p('penny-wong'), p('wang-yi')], 'city:canberra', W, null)] },
  ]);
});

describe('2004 wire style', () => {
  run([
    { name: '«arrived in X for talks with Y»: a visit and the planned meeting there', text: 'Colin Powell arrived in Khartoum on Tuesday for talks with Sudanese President Omar al-Bashir.', day: null,
      want: [row('visit', [p('colin-powell')], 'city:khartoum', null, null), row('meeting', [p('colin-powell'), p('omar-al-bashir')], 'city:khartoum', null, null)] },
    { name: '«A and B signed an energy agreement in a city»', text: 'Russian President Vladimir Putin and German Chancellor Gerhard Schroeder signed an energy agreement in Moscow.', day: null,
      want: [row('agreement', [p('vladimir-putin'), p('gerhard-schroder')], 'city:moscow', null, null)] },
    { name: '«A and the EU resumed negotiations on»', text: 'Iran and the European Union resumed negotiations on the nuclear program.', day: null,
      want: [row('negotiation', ['country:IR', 'org:eu'], null, null, null)] },
    { name: '«Bush met with … in Washington»', text: 'President Bush met with Iraqi interim Prime Minister Ayad Allawi in Washington.', day: null,
      want: [row('meeting', [p('george-w-bush'), p('ayad-allawi')], 'city:washington-d-c', null, null)] },
  ]);
});

describe('adverbial phrases of encounter', () => {
  run([
    { name: '«X said after talks with Y that …»: the speaker held the talks; a place in the reported clause is no venue', text: 'Japanese Prime Minister Junichiro Koizumi said after talks with Colin Powell that Tokyo would keep its troops in Iraq.', day: null,
      want: [row('meeting', [p('junichiro-koizumi'), p('colin-powell')], null, null, null)] },
    { name: '«X told reporters after meeting Y»', text: 'Jack Straw told reporters after meeting Iranian Foreign Minister Kamal Kharrazi that Europe wanted guarantees.', day: null,
      want: [row('meeting', [p('jack-straw'), p('kamal-kharazi')], null, null, null)] },
    { name: '«X urged Y during a meeting in a city»: the subject and the object met there', text: 'Colin Powell urged Ariel Sharon during a meeting in Jerusalem to ease restrictions.', day: null,
      want: [row('meeting', [p('colin-powell'), p('ariel-sharon')], 'city:jerusalem', null, null)] },
    { name: '«X told Y in a phone call»: a call, the speaker its source', text: 'Condoleezza Rice told Mahmoud Abbas in a phone call that Washington supported the elections.', day: null,
      want: [row('call', [p('condoleezza-rice'), p('mahmoud-abbas')], null, null, p('condoleezza-rice'))] },
    { name: '«X said during a visit» with nobody else: no encounter', text: 'Javier Solana said during a meeting in Cairo that Europe backed the plan.', day: null, want: [] },
  ]);
});

describe('more wire constructions', () => {
  run([
    { name: '«A received B … and the two leaders signed»: a reference after the subject names the parties', text: 'Lula received Hugo Chavez in Brasilia on Monday and the two leaders signed several agreements.', day: null,
      want: [row('meeting', [p('luiz-inacio-lula-da-silva'), p('hugo-chavez')], 'city:brasilia', null, p('luiz-inacio-lula-da-silva')), row('agreement', [p('luiz-inacio-lula-da-silva'), p('hugo-chavez')], null, null, null)] },
    { name: '«X hosts A and B for a summit»: one meeting of the three', text: 'Vladimir Putin hosts Jacques Chirac and Gerhard Schroeder for a summit in Sochi.', day: null,
      want: [row('meeting', [p('vladimir-putin'), p('jacques-chirac'), p('gerhard-schroder')], 'city:sochi', null, p('vladimir-putin'))] },
    { name: '«landed in» is an arrival', text: 'Egyptian Foreign Minister Ahmed Aboul Gheit landed in Israel on Sunday.', day: null,
      want: [row('visit', [p('ahmed-aboul-gheit')], 'country:IL', null, null)] },
    { name: '«ministers of the EU met Iranian negotiators»: negotiators act for their state', text: 'Foreign ministers of the European Union met Iranian negotiators in Brussels.', day: null,
      want: [row('meeting', ['org:eu', 'country:IR'], 'city:brussels', null, null)] },
    { name: '«met X on a visit to Y» with a sentence-initial surname: the visitor', text: 'Abbas, on a visit to Damascus, met Syrian President Bashar al-Assad.', day: null,
      want: [row('visit', [p('mahmoud-abbas')], 'city:damascus', null, null), row('meeting', [p('mahmoud-abbas'), p('bashar-al-assad')], 'city:damascus', null, null)] },
  ]);
});

describe('names in undated wires', () => {
  it('a surname shared by office-holders of two eras names the one of the era the text fixes, else the higher office', () => {
    const ids = (text: string) => extract(text, { language: 'en' }).entities.filter((e) => e.type === 'person').map((e) => e.id);
    expect(ids('Powell, Koizumi Discuss North Korea')).toEqual([p('colin-powell'), p('junichiro-koizumi')]);
    expect(ids('Rice met Ariel Sharon in Jerusalem.')).toEqual([p('condoleezza-rice'), p('ariel-sharon')]);
    expect(ids('Prime Minister Keir Starmer met Powell.')).toEqual([p('keir-starmer'), p('jonathan-powell')]);
  });

  it('«the People\'s Republic of China» is China, not the Republic of China', () => {
    const r = extract('Xi Jinping of the People\'s Republic of China met Joe Biden.', { language: 'en' });
    expect(r.entities.filter((e) => e.type === 'country').map((e) => e.id)).toEqual(['country:CN']);
  });

  it('an office word before a name makes it a person («Secretary Austin» is no city)', () => {
    const r = extract('Readout of a Call between Secretary Austin and Israeli Minister of Defense Yoav Gallant', { publishedAt: '2023-11-15', language: 'en' });
    expect(r.entities.map((e) => e.id)).toEqual([p('lloyd-austin'), 'country:IL', p('yoav-gallant')]);
    expect(rels(r)).toEqual([row('call', [p('lloyd-austin'), p('yoav-gallant')], null, null, null)]);
  });

  it('a generational suffix belongs to the name («Joseph R. Biden, Jr.», «Lloyd J. Austin III»)', () => {
    const text = 'Lloyd J. Austin III spoke by phone with Joseph R. Biden, Jr. today.';
    const r = extract(text, { publishedAt: W, language: 'en' });
    expect(r.entities.map((e) => e.mentions.map((m) => m.text))).toEqual([['Lloyd J. Austin III'], ['Joseph R. Biden, Jr']]);
  });

  it('«this afternoon», «last night» fix the day', () => {
    expect(rels(read('Keir Starmer spoke by phone with Emmanuel Macron this afternoon.', W))).toEqual([row('call', [p('keir-starmer'), p('emmanuel-macron')], null, W, null)]);
    expect(rels(read('Keir Starmer spoke by phone with Emmanuel Macron last night.', W))).toEqual([row('call', [p('keir-starmer'), p('emmanuel-macron')], null, '2024-03-05', null)]);
  });
});

describe('journeys', () => {
  run([
    { name: '«left a city after talks with Y»: a visit there, and the talks', text: 'On Sunday Olusegun Obasanjo left Lome after talks with Faure Gnassingbe.', day: W,
      want: [row('visit', [p('olusegun-obasanjo')], 'city:lome', '2024-03-03', null), row('meeting', [p('olusegun-obasanjo'), p('faure-gnassingbe')], 'city:lome', '2024-03-03', null)] },
    { name: '«left a state after talks»: the state is the place, no party', text: 'Olusegun Obasanjo left Togo on Sunday after talks.', day: W,
      want: [row('visit', [p('olusegun-obasanjo')], 'country:TG', '2024-03-03', null)] },
    { name: '«is due to visit»: a planned visit', text: 'Syrian President Bashar al-Assad is due to visit Moscow next month.', day: null,
      want: [row('visit', [p('bashar-al-assad')], 'city:moscow', null, null)] },
    { name: '«sent his intelligence chief X to Y for talks with Z»: X visits and meets there', text: 'Egyptian President Hosni Mubarak sent his intelligence chief Omar Suleiman to Israel for talks with Ariel Sharon.', day: null,
      want: [row('visit', [p('omar-suleiman')], 'country:IL', null, null), row('meeting', [p('omar-suleiman'), p('ariel-sharon')], 'country:IL', null, null)] },
    { name: '«sent a letter to» is no journey', text: 'Hosni Mubarak sent a letter to Ariel Sharon.', day: null,
      want: [row('message', [p('hosni-mubarak'), p('ariel-sharon')], null, null, p('hosni-mubarak'))] },
    { name: 'a headline\'s present tense: «Chinese premier visits Germany»', text: 'Chinese premier visits Germany', day: null,
      want: [row('visit', ['country:CN'], 'country:DE', null, null)] },
    { name: '«travels to X on Thursday» in the present announces the coming Thursday', text: 'Foreign Minister Annalena Baerbock travels to Israel on Thursday.', day: W,
      want: [row('visit', [p('annalena-baerbock')], 'country:IL', '2024-03-07', null)] },
  ]);
});

describe('venues', () => {
  run([
    { name: '«in the Crimean resort of Yalta»: the place after a kind of place', text: 'Ukrainian President Leonid Kuchma met Russian President Vladimir Putin in the Crimean resort of Yalta.', day: null,
      want: [row('meeting', [p('leonid-kuchma'), p('vladimir-putin')], 'city:yalta', null, null)] },
    { name: '«at the Vatican»: a state as venue after «the»', text: 'Ayad Allawi, the Iraqi interim premier, held talks with Pope John Paul II at the Vatican.', day: null,
      want: [row('meeting', [p('ayad-allawi'), p('pope-john-paul-ii')], 'country:VA', null, null)] },
    { name: '«In Beijing, X met Y»: a fronted place', text: 'In Beijing, Colin Powell met Chinese Foreign Minister Li Zhaoxing.', day: null,
      want: [row('meeting', [p('colin-powell'), p('li-zhaoxing')], 'city:beijing', null, null)] },
    { name: '«met at the White House»: a seat of power is a venue in its city, no party', text: 'George W. Bush and Tony Blair met at the White House on Friday.', day: W,
      want: [row('meeting', [p('george-w-bush'), p('tony-blair')], 'city:washington-d-c', '2024-03-01', null)] },
    { name: '«hosted X at the Elysee Palace»: the seat\'s city is the place', text: 'Emmanuel Macron hosted Volodymyr Zelenskyy at the Elysee Palace on Tuesday.', day: W,
      want: [row('meeting', [p('emmanuel-macron'), p('volodymyr-zelenskyy')], 'city:paris', '2024-03-05', p('emmanuel-macron'))] },
    { name: '«welcomed X to Downing Street»: a host\'s seat after «to»', text: 'Keir Starmer welcomed Mark Carney to Downing Street on Tuesday.', day: '2025-06-11',
      want: [row('meeting', [p('keir-starmer'), p('mark-carney')], 'city:london', '2025-06-10', p('keir-starmer'))] },
    { name: '«met Y at the Kremlin»', text: 'Vladimir Putin met Wang Yi at the Kremlin on Tuesday.', day: W,
      want: [row('meeting', [p('vladimir-putin'), p('wang-yi')], 'city:moscow', '2024-03-05', null)] },
  ]);
});

describe('more frames and forms', () => {
  run([
    { name: '«discussed a state with Y»: the state is the matter, Y the partner', text: 'Colin Powell discussed Iraq with Junichiro Koizumi in Tokyo.', day: null,
      want: [row('meeting', [p('colin-powell'), p('junichiro-koizumi')], 'city:tokyo', null, null)] },
    { name: '«discuss … by phone»: a call, and «phone» after «by» no second one', text: 'Vladimir Putin and Gerhard Schroeder discuss the Ukraine crisis by phone', day: null,
      want: [row('call', [p('vladimir-putin'), p('gerhard-schroder')], null, null, null)] },
    { name: '«held a joint news conference»: an encounter in person', text: 'George W. Bush and Vladimir Putin held a joint news conference in Moscow.', day: null,
      want: [row('meeting', [p('george-w-bush'), p('vladimir-putin')], 'city:moscow', null, null)] },
    { name: '«A-B peace talks resumed»: the hyphen joins the parties', text: 'India-Pakistan peace talks resumed in New Delhi.', day: null,
      want: [row('meeting', ['country:IN', 'country:PK'], 'city:new-delhi', null, null)] },
    { name: '«received a courtesy call from Y»: a meeting, Y its source', text: 'Prime Minister Narendra Modi received a courtesy call from Australian Foreign Minister Penny Wong.', day: W,
      want: [row('meeting', [p('narendra-modi'), p('penny-wong')], null, null, p('penny-wong'))] },
    { name: '«A and B co-chaired the Joint Commission meeting»', text: 'External Affairs Minister S. Jaishankar and UAE Foreign Minister Abdullah bin Zayed co-chaired the Joint Commission meeting in Abu Dhabi.', day: W,
      want: [row('meeting', [p('s-jaishankar'), p('abdullah-bin-zayed-al-nahyan')], 'city:abu-dhabi', null, null)] },
    { name: '«a delegation from X led by Y»: the head stands for the delegation', text: 'Secretary Blinken met with a delegation from Kenya led by Foreign Minister Musalia Mudavadi.', day: W,
      want: [row('meeting', [BLINKEN, p('musalia-mudavadi')], null, null, null)] },
    { name: '«Sharon, Mubarak to meet on Friday»: a headline\'s infinitive is a plan', text: "Israel's Ariel Sharon, Egypt's Hosni Mubarak to meet on Friday", day: W,
      want: [row('meeting', [p('ariel-sharon'), p('hosni-mubarak')], null, '2024-03-08', null)] },
  ]);
});

describe('readout references and unknown officials', () => {
  it('«The Secretary also met with Foreign Minister X of Y»: the Secretary named before; X, unknown, of Y', () => {
    const r = read('Secretary of State Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar today in Washington. The Secretary also met with Foreign Minister Varlen Tosku of Moldova.', W);
    const tosku = r.entities.find((e) => e.name.en === 'Varlen Tosku');
    expect(tosku?.country).toBe('MD');
    expect(rels(r)).toEqual([row('meeting', [BLINKEN, p('s-jaishankar')], 'city:washington-d-c', W, null), row('meeting', [BLINKEN, tosku!.id], null, null, null)]);
  });

  it('«The Prime Minister then spoke with Y»: the Prime Minister named before', () => {
    expect(rels(read('Prime Minister Keir Starmer met Chancellor Olaf Scholz in Berlin. The Prime Minister then spoke with President Zelenskyy.', W))).toEqual([
      row('meeting', [p('keir-starmer'), p('olaf-scholz')], 'city:berlin', null, null),
      row('call', [p('keir-starmer'), p('volodymyr-zelenskyy')], null, null, null),
    ]);
  });

  it('a bare title with nobody named before it names nobody', () => {
    expect(rels(read('The Prime Minister spoke to President Zelenskyy this evening.', W))).toEqual([]);
  });

  it('an office word does not open an unknown name («Deputy Secretary Kurt Campbell»)', () => {
    const r = read('Deputy Secretary Kurt Campbell traveled to Manila.', W);
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name.en)).toEqual(['Kurt Campbell']);
  });
});

describe('parties together', () => {
  run([
    { name: '«met in Sochi to discuss Iraq»: a state after a word of subject matter is no party', text: 'Vladimir Putin, Jacques Chirac and Gerhard Schroeder met in Sochi to discuss Iraq.', day: null,
      want: [row('meeting', [p('vladimir-putin'), p('jacques-chirac'), p('gerhard-schroder')], 'city:sochi', null, null)] },
    { name: '«hosted leaders from A and B»: a group head with «from»', text: 'Junichiro Koizumi hosted leaders from China and South Korea in Tokyo.', day: null,
      want: [row('meeting', [p('junichiro-koizumi'), 'country:CN', 'country:KR'], 'city:tokyo', null, p('junichiro-koizumi'))] },
    { name: '«talks among A, B and C»: one meeting of all', text: 'Talks among China, Japan and South Korea opened in Beijing.', day: null,
      want: [row('meeting', ['country:CN', 'country:JP', 'country:KR'], 'city:beijing', null, null)] },
    { name: '«the summit brought together the leaders of A, B and C»', text: 'The summit brought together the leaders of Brazil, India and South Africa.', day: null,
      want: [row('meeting', ['country:BR', 'country:IN', 'country:ZA'], null, null, null)] },
    { name: '«signed a ceasefire»: a truce is an agreement', text: 'Armenia and Azerbaijan signed a ceasefire in Moscow.', day: null,
      want: [row('agreement', ['country:AM', 'country:AZ'], 'city:moscow', null, null)] },
    { name: '«sat down with», «dined with»: encounters in person', text: 'Tony Blair sat down with Jacques Chirac in Paris. Gerhard Schroeder dined with Vladimir Putin.', day: null,
      want: [row('meeting', [p('tony-blair'), p('jacques-chirac')], 'city:paris', null, null), row('meeting', [p('gerhard-schroder'), p('vladimir-putin')], null, null, null)] },
    { name: '«went to», «stopped in»: journeys', text: 'Colin Powell went to Sudan. Tony Blair stopped in Ireland.', day: null,
      want: [row('visit', [p('colin-powell')], 'country:SD', null, null), row('visit', [p('tony-blair')], 'country:IE', null, null)] },
    { name: '«to stop Iran» is no journey', text: 'Jack Straw wants to stop Iran from enriching uranium.', day: null, want: [] },
  ]);
});

describe('readout plans and restraint', () => {
  run([
    { name: 'a heading «Travel to A, B and C» and «will travel to A, B and C from February 5-8»: one planned visit each, its first day', text: "Secretary Blinken's Travel to Israel, Jordan and Egypt\n\nSecretary of State Antony J. Blinken will travel to Israel, Jordan and Egypt from February 5-8.", day: '2024-02-03',
      want: [row('visit', [BLINKEN], 'country:IL', '2024-02-05', null), row('visit', [BLINKEN], 'country:JO', '2024-02-05', null), row('visit', [BLINKEN], 'country:EG', '2024-02-05', null)] },
    { name: '«will travel to X on a day, where he will meet Y»: a planned visit and meeting there', text: 'Secretary of State Antony J. Blinken will travel to Saudi Arabia on February 5, where he will meet Crown Prince Mohammed bin Salman.', day: '2024-02-03',
      want: [row('visit', [BLINKEN], 'country:SA', '2024-02-05', null), row('meeting', [BLINKEN, p('mohammed-bin-salman')], 'country:SA', '2024-02-05', null)] },
    { name: 'a planned month and day without a year is the coming one', text: 'President Biden will host President Ruto of Kenya on May 23.', day: '2024-02-03',
      want: [row('meeting', [p('joe-biden'), RUTO], null, '2024-05-23', p('joe-biden'))] },
    { name: '«declined to say whether he would meet»: no plan', text: 'Antony Blinken declined to say whether he would meet Wang Yi.', day: '2024-02-03', want: [] },
    { name: '«the meeting … was postponed»: called off', text: 'The meeting between Antony Blinken and Wang Yi was postponed.', day: '2024-02-03', want: [] },
    { name: '«X\'s visit to Y was cancelled»: called off', text: "Antony Blinken's visit to China was cancelled.", day: '2024-02-03', want: [] },
    { name: '«had no plans to meet»: no plan', text: 'A spokesman said Emmanuel Macron had no plans to meet Vladimir Putin.', day: '2024-02-03', want: [] },
    { name: '«The Prime Minister spoke to the Prime Minister of Greece, X»: the bare title is not X', text: 'PM call with Prime Minister Mitsotakis of Greece\n\nThe Prime Minister spoke to the Prime Minister of Greece, Kyriakos Mitsotakis, this morning.', day: '2024-09-10', want: [] },
  ]);
});

describe('officials in readouts and wires', () => {
  const people = (r: ExtractResult) => r.entities.filter((e) => e.type === 'person').map((e) => [e.name.en, e.country ?? null]);

  it('a name with a lower-case part after a hyphen is the gazetteer person («Roh Moo-hyun», «Kim Jong-il»)', () => {
    const r = read('Roh Moo-hyun met Kim Jong-il.', null);
    expect(rels(r)).toEqual([row('meeting', [p('roh-moo-hyun'), p('kim-jong-il')], null, null, null)]);
  });

  it('«the Minister of Foreign Affairs of X, Name.»: the name in apposition holds the title (no implicit holder)', () => {
    const r = read('Secretary Blinken met with the Minister of Foreign Affairs of the Republic of Moldova, Varlen Tosku.', W);
    expect(people(r)).toEqual([['Antony Blinken', 'US'], ['Varlen Tosku', 'MD']]);
  });

  it('«Name, the Foreign Minister of X,»: the title after the name is that person\'s', () => {
    const r = read('Secretary Blinken met with Varlen Tosku, the Foreign Minister of Moldova, in Washington.', W);
    expect(people(r)).toEqual([['Antony Blinken', 'US'], ['Varlen Tosku', 'MD']]);
    expect(rels(r)).toEqual([row('meeting', [BLINKEN, r.entities.find((e) => e.name.en === 'Varlen Tosku')!.id], 'city:washington-d-c', null, null)]);
  });

  it('«Name, the Foreign Minister of X,» with a known name: one person, the title a mention of him', () => {
    const r = read('Antony Blinken met with Mauro Vieira, the Foreign Minister of Brazil, in Washington.', W);
    expect(people(r)).toEqual([['Antony Blinken', 'US'], ['Mauro Vieira', 'BR']]);
  });
});

describe('a custom gazetteer in readouts', () => {
  const custom = {
    type: 'person' as const,
    id: 'person:orsolya-venkat',
    name: { en: 'Orsolya Venkat', ar: 'أورسوليا فنكات' },
    short: { en: ['Venkat'], ar: [] },
    country: 'MD',
    roles: [{ role: 'foreign-minister', of: 'MD', from: '2030-01-01' }],
  };

  it('a custom minister is read by name, by surname after a title, and as the holder of her office on the day', () => {
    const ex = createExtractor({ gazetteer: { add: [custom] } });
    const day = '2030-06-04';
    const r1 = ex.extract("Secretary Blinken's Call with Foreign Minister Venkat\n\nAntony Blinken spoke today with Foreign Minister Orsolya Venkat of Moldova.", { publishedAt: day, language: 'en' });
    expect(rels(r1)).toEqual([row('call', [BLINKEN, 'person:orsolya-venkat'], null, day, null)]);
    const r2 = ex.extract('Antony Blinken met the Moldovan foreign minister in Chisinau.', { publishedAt: day, language: 'en' });
    expect(rels(r2)).toEqual([row('meeting', [BLINKEN, 'person:orsolya-venkat'], 'city:chisinau', null, null)]);
  });
});

describe('news of the 2020s', () => {
  run([
    { name: '«KYIV, Ukraine (AP) —»: a dateline alone places nothing; the weekday counts from the day', text: 'KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy met Greek Prime Minister Kyriakos Mitsotakis on Tuesday.', day: '2024-03-05',
      want: [row('meeting', [p('volodymyr-zelenskyy'), p('kyriakos-mitsotakis')], null, '2024-03-05', null)] },
    { name: 'a dateline\'s date is the report\'s day, not that of a planned meeting', text: 'BEIJING, March 5 (Reuters) - Chinese President Xi Jinping will meet U.S. President Joe Biden next week.', day: '2024-03-05',
      want: [row('meeting', [p('xi-jinping'), p('joe-biden')], null, null, null)] },
    { name: '«received a phone call from Y, the agency said»: Y called; the attribution is no party', text: "DOHA, March 5 (Reuters) - Qatar's Emir received a phone call from Iranian President Ebrahim Raisi, the Qatari state news agency said.", day: '2024-03-05',
      want: [row('call', [p('tamim-bin-hamad-al-thani'), p('ebrahim-raisi')], null, '2024-03-05', p('ebrahim-raisi'))] },
    { name: '«X, on his fifth trip … since Oct. 7, met Y»: the subject before a parenthesis; a date after «since» is no event day', text: 'Antony Blinken, on his fifth trip to the Middle East since Oct. 7, met Israeli Prime Minister Benjamin Netanyahu in Tel Aviv.', day: '2024-03-05',
      want: [row('meeting', [BLINKEN, p('benjamin-netanyahu')], 'city:tel-aviv', null, null)] },
    { name: '«Egypt\'s foreign minister traveled to Ankara»: the office-holder of the day travels', text: "CAIRO — Egypt's foreign minister traveled to Ankara on Monday.", day: '2024-03-05',
      want: [row('visit', [p('sameh-shoukry')], 'city:ankara', '2024-03-04', null)] },
  ]);
});

describe('more restraint in wires', () => {
  run([
    { name: '«called X a war criminal» names, it does not phone', text: 'Yasser Arafat called Ariel Sharon a war criminal.', day: null, want: [] },
    { name: '«called X to congratulate him» phones', text: 'Pervez Musharraf called Atal Bihari Vajpayee to congratulate him.', day: null,
      want: [row('call', [p('pervez-musharraf'), p('atal-bihari-vajpayee')], null, null, p('pervez-musharraf'))] },
    { name: '«hosts Iraq conference»: a state name before a noun of a thing is no party', text: 'Egypt hosts Iraq conference in Sharm el-Sheikh', day: null, want: [] },
    { name: 'accusations, warnings, criticism and backing are no encounters', text: 'George W. Bush accused Syria of harboring militants. Israel warned Hamas against further attacks. Jacques Chirac criticized Bush over Iraq. Tony Blair backed Bush on Iraq.', day: null, want: [] },
    { name: '«traded fire» is no exchange of views', text: 'India and Pakistan traded fire along the border.', day: null, want: [] },
  ]);
});

describe('messages and agreements', () => {
  run([
    { name: '«offered his condolences to»: a message, the verb of sending no hedge', text: 'Antony Blinken offered his condolences to Moroccan Foreign Minister Nasser Bourita.', day: W,
      want: [row('message', [BLINKEN, p('nasser-bourita')], null, null, BLINKEN)] },
    { name: '«offered to host talks» stays a hedge', text: 'Antony Blinken offered to host talks between Armenia and Azerbaijan.', day: W, want: [] },
    { name: '«wrote to»: a message from the writer', text: 'Emmanuel Macron wrote to Olaf Scholz on Monday.', day: W,
      want: [row('message', [p('emmanuel-macron'), p('olaf-scholz')], null, '2024-03-04', p('emmanuel-macron'))] },
    { name: '«In a letter to Y, X proposed»: a fronted letter', text: 'In a letter to Olaf Scholz, Emmanuel Macron proposed a joint fund.', day: W,
      want: [row('message', [p('emmanuel-macron'), p('olaf-scholz')], null, null, p('emmanuel-macron'))] },
    { name: '«struck a deal»', text: 'Kenya and Ethiopia struck a deal on the border.', day: W,
      want: [row('agreement', ['country:ET', 'country:KE'], null, null, null)] },
    { name: '«A and B witnessed the signing of agreements»: an agreement of the two', text: 'Narendra Modi and Sheikh Mohamed bin Zayed witnessed the signing of eight agreements in Abu Dhabi.', day: W,
      want: [row('agreement', [p('narendra-modi'), p('mohamed-bin-zayed-al-nahyan')], 'city:abu-dhabi', null, null)] },
  ]);
});

describe('a place named inside a state', () => {
  run([
    { name: '«left X\'s northern town of Y» with Y unknown: no destination, not the state', text: "Olusegun Obasanjo left Togo's northern town of Zarkanou after a meeting.", day: null, want: [] },
    { name: '«left a state after talks»: without a town named inside it, the state is the place', text: "Olusegun Obasanjo left Togo after a meeting.", day: null,
      want: [row('visit', [p('olusegun-obasanjo')], 'country:TG', null, null)] },
  ]);
});

describe('headlines and family names first', () => {
  it('a name written family name first is named again by its family name («Roh Moo-hyun … Roh», «Hu Jintao … Hu»)', () => {
    expect(rels(read('Hu Jintao arrived in Brasilia. Hu met Lula on Friday.', null))).toEqual([
      row('visit', [p('hu-jintao')], 'city:brasilia', null, null),
      row('meeting', [p('hu-jintao'), p('luiz-inacio-lula-da-silva')], 'city:brasilia', null, null),
    ]);
    const r = read('Junichiro Koizumi and Roh Moo-hyun met on Jeju. Roh later spoke.', null);
    expect(r.entities.find((e) => e.id === p('roh-moo-hyun'))?.mentions.map((m) => m.text)).toEqual(['Roh Moo-hyun', 'Roh']);
  });

  it('a title-case headline names nobody with its capitalized common words («Annan, Bashir Discuss Darfur Crisis»)', () => {
    const r = read('Annan, Bashir Discuss Darfur Crisis', null);
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual([p('kofi-annan'), p('omar-al-bashir')]);
    expect(rels(r)).toEqual([row('meeting', [p('kofi-annan'), p('omar-al-bashir')], null, null, null)]);
  });
});

describe('calls in news', () => {
  run([
    { name: '«A and B spoke by phone»: a mutual call', text: 'Recep Tayyip Erdogan and Vladimir Putin spoke by phone on Monday.', day: W,
      want: [row('call', [p('recep-tayyip-erdogan'), p('vladimir-putin')], null, '2024-03-04', null)] },
    { name: '«A and B spoke at the Security Council»: speeches, no call', text: 'Sergei Lavrov and Antony Blinken spoke at the Security Council.', day: W, want: [] },
    { name: '«A and B held a video call»: a mutual call', text: 'Emmanuel Macron and Olaf Scholz held a video call on Tuesday.', day: W,
      want: [row('call', [p('emmanuel-macron'), p('olaf-scholz')], null, '2024-03-05', null)] },
    { name: '«X dialled Y»: the caller', text: 'Narendra Modi dialled Vladimir Putin on Tuesday.', day: W,
      want: [row('call', [p('narendra-modi'), p('vladimir-putin')], null, '2024-03-05', p('narendra-modi'))] },
  ]);
});

describe('the visitor\'s encounter', () => {
  run([
    { name: '«a spokesman said … during talks with Egypt\'s visiting foreign minister»: the speaker\'s state met him, where he visits', text: "A Kenyan government spokesman said energy was discussed during talks with Egypt's visiting foreign minister, Sameh Shoukry.", day: null,
      want: [row('visit', [p('sameh-shoukry')], 'country:KE', null, null), row('meeting', ['country:KE', p('sameh-shoukry')], 'country:KE', null, null)] },
  ]);
});

const D4 = '2004-05-12'; // a Wednesday

describe('restraint after the trigger and in asides', () => {
  run([
    { name: '«called on A and B to agree»: an appeal to a list, no courtesy call', text: 'Antonio Guterres called on Israel and Hamas to agree to a ceasefire.', day: W, want: [] },
    { name: '«called on A and B to implement»: an organization appealing, no encounter', text: 'The European Union called on Serbia and Kosovo to implement their agreement.', day: W, want: [] },
    { name: '«a meeting between A and B was possible»: a possibility, no meeting', text: 'Officials said a meeting between Erdogan and Assad was possible next month.', day: W, want: [] },
    { name: '«the meeting between A and B, if it takes place»: a condition', text: 'The meeting between Blinken and Wang Yi, if it takes place, would be the first in months.', day: W, want: [] },
    { name: '«a visit by X could take place»: a possibility', text: 'A visit by Narendra Modi to Kyiv could take place in the summer.', day: W, want: [] },
    { name: '«talks with Y on possible cooperation»: the matter, not a hedge', text: 'Olaf Scholz held talks with William Ruto on possible cooperation in energy.', day: W,
      want: [row('meeting', [p('olaf-scholz'), RUTO], null, null, null)] },
    { name: '«X, under fire over his plan, met Y»: a hedge word in an aside does not govern the verb', text: 'Ariel Sharon, under pressure over his withdrawal plan, met Omar Suleiman on Tuesday, officials said.', day: D4,
      want: [row('meeting', [p('ariel-sharon'), p('omar-suleiman')], null, '2004-05-11', null)] },
  ]);
});

describe('calls, letters and conferences in wires', () => {
  run([
    { name: '«A and B discussed X in a telephone call, the ministry said»: one call of the two, the attribution no party', text: 'Colin Powell and Prince Saud al-Faisal discussed Iraq in a telephone call, the State Department said.', day: null,
      want: [row('call', [p('colin-powell'), p('saud-bin-faisal-al-saud')], null, null, null)] },
    { name: '«In a phone call on a day, A and B discussed»: a fronted call phrase makes the talk a call', text: 'In a phone call on Tuesday, Abdel Fattah al-Sisi and Emmanuel Macron discussed Gaza.', day: W,
      want: [row('call', [p('abdel-fattah-el-sisi'), p('emmanuel-macron')], null, '2024-03-05', null)] },
    { name: '«told Y in a telephone call on a day»: a call noun before a day is no appeal', text: 'John Howard told George W. Bush in a telephone call on Tuesday that Australia would stay.', day: D4,
      want: [row('call', [p('john-howard'), p('george-w-bush')], null, '2004-05-11', p('john-howard'))] },
    { name: '«a letter from X to Y was delivered»: the sender is the source', text: 'A letter from Tamim bin Hamad Al Thani to Abdel Fattah al-Sisi was delivered on Tuesday.', day: W,
      want: [row('message', [p('tamim-bin-hamad-al-thani'), p('abdel-fattah-el-sisi')], null, '2024-03-05', p('tamim-bin-hamad-al-thani'))] },
    { name: '«at a news conference with visiting Y»: a meeting, and a visit to the speaker\'s state', text: 'Egyptian President Hosni Mubarak, speaking at a news conference with visiting Italian Prime Minister Silvio Berlusconi, said peace was near.', day: null,
      want: [row('meeting', [p('hosni-mubarak'), p('silvio-berlusconi')], null, null, null), row('visit', [p('silvio-berlusconi')], 'country:EG', null, null)] },
    { name: '«told a news conference» with nobody: no encounter', text: 'Jack Straw told a news conference in London that Iran must cooperate.', day: D4, want: [] },
  ]);
});

describe('places and days of plans', () => {
  run([
    { name: '«travelled to City, State, where he met Y»: the state locates the city, one visit', text: 'Antony Blinken traveled to Tel Aviv, Israel, where he met with Benjamin Netanyahu.', day: W,
      want: [row('visit', [BLINKEN], 'city:tel-aviv', null, null), row('meeting', [BLINKEN, p('benjamin-netanyahu')], 'city:tel-aviv', null, null)] },
    { name: '«will travel to X next month, his office said on Tuesday»: the report\'s day is not the plan\'s', text: 'Jacques Chirac will travel to Algeria next month, his office said on Tuesday.', day: D4,
      want: [row('visit', [p('jacques-chirac')], 'country:DZ', null, null)] },
  ]);
});

describe('fronted phrases, ranges and names', () => {
  run([
    { name: '«At the invitation of X, Y paid a visit»: the fronted phrase ends at its comma; a range of days is dated by its first', text: 'At the invitation of President Mohamed bin Zayed Al Nahyan, Prime Minister Narendra Modi paid an official visit to the UAE on 13-14 February 2024.', day: W,
      want: [row('visit', [p('narendra-modi')], 'country:AE', '2024-02-13', null)] },
    { name: '«In City, State, X met Y»: the state locating the city is no party', text: 'In Cairo, Egypt, Abdel Fattah al-Sisi met Antony Blinken.', day: W,
      want: [row('meeting', [p('abdel-fattah-el-sisi'), BLINKEN], 'city:cairo', null, null)] },
    { name: '«President von der Leyen»: a name the data writes with a lower-case particle first', text: 'President von der Leyen met with the Prime Minister of Ireland, Leo Varadkar, in Brussels on Tuesday.', day: W,
      want: [row('meeting', [p('ursula-von-der-leyen'), p('leo-varadkar')], 'city:brussels', '2024-03-05', null)] },
    { name: '«envoy de Mistura met Y»', text: 'UN envoy de Mistura met Moroccan Foreign Minister Nasser Bourita in Rabat.', day: W,
      want: [row('meeting', [p('staffan-de-mistura'), p('nasser-bourita')], 'city:rabat', null, null)] },
    { name: '«King Abdullah» in 2004: the king of the day (Jordan), not the Saudi crown prince of then', text: 'Ayad Allawi met King Abdullah on Tuesday.', day: D4,
      want: [row('meeting', [p('ayad-allawi'), p('abdullah-ii-of-jordan')], null, '2004-05-11', null)] },
  ]);
});

describe('officials the gazetteer does not know', () => {
  it('«met with Philippine Secretary of National Defense X»: the state adjective qualifies the unknown official, who is the partner', () => {
    const r = read('Lloyd Austin met with Philippine Secretary of National Defense Gilberto Teodoro at the Pentagon today.', W);
    expect(r.relations.map((x) => [x.type, x.participants])).toEqual([['meeting', [p('lloyd-austin'), p('~gilberto-teodoro')]]]);
  });
  it('«met with Vietnamese Deputy Foreign Minister X»: the person, not the state', () => {
    const r = read('Deputy Secretary of State Kurt Campbell met with Vietnamese Deputy Foreign Minister Ha Kim Ngoc in Washington on March 5.', W);
    expect(r.relations.map((x) => x.participants.map((id) => r.entities.find((e) => e.id === id)?.type))).toEqual([['person', 'person']]);
  });
  it('«met Egyptian and Jordanian officials»: adjectives with no named person stay the parties', () => {
    expect(rels(read('Antony Blinken met Egyptian and Jordanian officials.', W))).toEqual([row('meeting', [BLINKEN, 'country:EG'], null, null, null), row('meeting', [BLINKEN, 'country:JO'], null, null, null)]);
  });
});

describe('bare office titles of a readout', () => {
  run([
    { name: '«The Prime Minister spoke to X of Ukraine … the UK\'s support»: the holder of the office in the one state the text attributes something to', text: "The Prime Minister spoke to President Zelenskyy of Ukraine this morning. The Prime Minister reiterated the UK's support.", day: W,
      want: [row('call', [p('rishi-sunak'), p('volodymyr-zelenskyy')], null, '2024-03-06', null)] },
    { name: '«WASHINGTON — The Secretary met with X»: the foreign minister of the dateline\'s state on the day', text: 'WASHINGTON — The Secretary met with Saudi Foreign Minister Prince Faisal bin Farhan today.', day: W,
      want: [row('meeting', [BLINKEN, p('faisal-bin-farhan-al-saud')], null, '2024-03-06', null)] },
    { name: 'a state only talked about («the war in Ukraine») names no office-holder', text: 'The Prime Minister discussed the war in Ukraine with Chancellor Scholz of Germany.', day: W, want: [] },
    { name: 'a bare title with no state named stays nobody', text: 'The Secretary met with Saudi Foreign Minister Prince Faisal bin Farhan in Riyadh.', day: W, want: [] },
  ]);
  it('«the UK\'s»: an acronym with a possessive is still an acronym', () => {
    expect(read("He reiterated the UK's support.", W).entities.map((e) => e.id)).toEqual(['country:GB']);
  });
});

describe('delegations and spellings of wires', () => {
  run([
    { name: '«received a delegation of Egyptian officials led by intelligence chief X»: the head stands for the delegation', text: 'Yasser Arafat received a delegation of Egyptian officials led by intelligence chief Omar Suleiman in Ramallah on Tuesday.', day: D4,
      want: [row('meeting', [p('yasser-arafat'), p('omar-suleiman')], 'city:ramallah', '2004-05-11', p('yasser-arafat'))] },
    { name: '«received a delegation of Egyptian officials»: the state the delegation comes from', text: 'Yasser Arafat received a delegation of Egyptian officials in Ramallah.', day: D4,
      want: [row('meeting', [p('yasser-arafat'), 'country:EG'], 'city:ramallah', null, p('yasser-arafat'))] },
    { name: '«Hassan Rowhani»: a 2004 wire spelling', text: "Iran's top nuclear negotiator Hassan Rowhani met Mohamed ElBaradei.", day: D4,
      want: [row('meeting', [p('hassan-rouhani'), p('mohamed-elbaradei')], null, null, null)] },
  ]);
});

describe('arrivals for talks', () => {
  run([
    { name: '«arrived on a day for talks with Chinese President X»: a visit to the host\'s state, and the talks there', text: 'Kenyan President William Ruto arrived on Tuesday for talks with Chinese President Xi Jinping.', day: W,
      want: [row('visit', [RUTO], 'country:CN', '2024-03-05', null), row('meeting', [RUTO, p('xi-jinping')], 'country:CN', '2024-03-05', null)] },
    { name: '«arrived late for the meeting with» officials of his own state: no visit', text: 'William Ruto arrived late for the meeting with Kenyan officials.', day: W, want: [] },
  ]);
});

describe('couriers, farewells and visitors named by office', () => {
  run([
    { name: '«Z conveyed a message from X to Y»: X is the sender, Z only carried it (and met Y, delivering it: Z acted)', text: 'Prince Faisal bin Farhan conveyed a message from King Salman to Iranian President Ebrahim Raisi.', day: W,
      want: [row('message', [p('salman-of-saudi-arabia'), p('ebrahim-raisi')], null, null, p('salman-of-saudi-arabia')), row('meeting', [p('faisal-bin-farhan-al-saud'), p('ebrahim-raisi')], null, null, p('faisal-bin-farhan-al-saud'))] },
    { name: '«X bid farewell to Y»: an encounter in person, X its host', text: 'Sheikh Mohamed bin Zayed bid farewell to Indian Prime Minister Narendra Modi at the airport.', day: W,
      want: [row('meeting', [p('mohamed-bin-zayed-al-nahyan'), p('narendra-modi')], null, null, p('mohamed-bin-zayed-al-nahyan'))] },
    { name: '«A and B met … in the first visit by a Turkish president to Egypt»: only the one named by that office visits', text: 'Abdel Fattah al-Sisi and Recep Tayyip Erdogan met on Tuesday in Cairo in the first visit by a Turkish president to Egypt in 12 years.', day: W,
      want: [row('meeting', [p('abdel-fattah-el-sisi'), p('recep-tayyip-erdogan')], 'city:cairo', '2024-03-05', null), row('visit', [p('recep-tayyip-erdogan')], 'country:EG', '2024-03-05', null)] },
  ]);
});

describe('the same person across clauses', () => {
  run([
    { name: '«The Russian minister also met Y» after «Lavrov met …»: the official of that state named last', text: 'Sergei Lavrov met Wang Yi in Beijing on Tuesday. The Russian minister also met President Xi Jinping.', day: W,
      want: [row('meeting', [p('sergei-lavrov'), p('wang-yi')], 'city:beijing', '2024-03-05', null), row('meeting', [p('sergei-lavrov'), p('xi-jinping')], null, null, null)] },
    { name: '«The Egyptian minister met Y» with nobody of that state before: the state', text: 'The Egyptian minister met Antony Blinken in Cairo.', day: W,
      want: [row('meeting', ['country:EG', BLINKEN], 'city:cairo', null, null)] },
    { name: '«X met Y in a city, before traveling to Z to meet W»: the participle clause has the main subject', text: 'Antony Blinken met with Benjamin Netanyahu in Jerusalem, before traveling to Amman to meet King Abdullah.', day: W,
      want: [row('meeting', [BLINKEN, p('benjamin-netanyahu')], 'city:jerusalem', null, null), row('visit', [BLINKEN], 'city:amman', null, null), row('meeting', [BLINKEN, p('abdullah-ii-of-jordan')], 'city:amman', null, null)] },
    { name: '«X is in Washington for a state visit»: the place the visitor is said to be', text: "Kenya's William Ruto is in Washington for a state visit. On Tuesday he met Vice President Kamala Harris.", day: W,
      want: [row('visit', [RUTO], 'city:washington-d-c', null, null), row('meeting', [RUTO, p('kamala-harris')], 'city:washington-d-c', '2024-03-05', null)] },
  ]);
});

describe('infinitives and fronted participles', () => {
  run([
    { name: '«A and B agreed on a day to resume trade talks»: an agreement to meet is no meeting', text: 'Japan and South Korea agreed on Tuesday to resume free trade talks.', day: D4, want: [] },
    { name: '«agreed at a meeting in a city to push for»: the meeting happened', text: 'Tony Blair and Gerhard Schroeder agreed at a meeting in Berlin on Tuesday to push for reform.', day: D4,
      want: [row('meeting', [p('tony-blair'), p('gerhard-schroder')], 'city:berlin', '2004-05-11', null)] },
    { name: '«Speaking after talks with X in a city, Y said»: the fronted participle\'s talks are the main subject\'s', text: 'Speaking after talks with Jacques Chirac in Paris, Vladimir Putin said Russia opposed the war.', day: D4,
      want: [row('meeting', [p('vladimir-putin'), p('jacques-chirac')], 'city:paris', null, null)] },
  ]);
});

describe('agency style: the object after a place or a day', () => {
  run([
    { name: '«received on Tuesday Jordanian Foreign Minister X»: a day between the verb and its object', text: 'His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received on Tuesday Jordanian Foreign Minister Ayman Safadi.', day: W,
      want: [row('meeting', [p('mishal-al-ahmad-al-jaber-al-sabah'), p('ayman-safadi')], null, '2024-03-05', p('mishal-al-ahmad-al-jaber-al-sabah'))] },
    { name: '«received at Al-Yamamah Palace today the Prime Minister of Pakistan, X»: the palace\'s city, the named premier', text: 'Crown Prince Mohammed bin Salman received at Al-Yamamah Palace today the Prime Minister of Pakistan, Shehbaz Sharif.', day: W,
      want: [row('meeting', [p('mohammed-bin-salman'), p('shehbaz-sharif')], 'city:riyadh', '2024-03-06', p('mohammed-bin-salman'))] },
    { name: '«received at the palace the new ambassadors»: nobody named, no encounter', text: 'Abdel Fattah al-Sisi received at the palace the new ambassadors.', day: W, want: [] },
  ]);
});

describe('visits to persons and talk on the phone', () => {
  run([
    { name: '«paid a visit to King Charles»: an encounter with the person, no journey to a place', text: 'William Ruto paid a visit to King Charles at Buckingham Palace on Tuesday.', day: W,
      want: [row('meeting', [RUTO, p('charles-iii')], null, '2024-03-05', null)] },
    { name: '«A and B talked on the phone»: one call, no meeting', text: 'Vladimir Putin and Recep Tayyip Erdogan talked on the phone on Tuesday.', day: W,
      want: [row('call', [p('vladimir-putin'), p('recep-tayyip-erdogan')], null, '2024-03-05', null)] },
  ]);
});
