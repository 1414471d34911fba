/** A plain romanization of an Arabic name, for persons not in the gazetteer (`name.en`, `id`). */
const LETTERS: Readonly<Record<string, string>> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'o', 'ي': 'i', 'ء': '', 'ؤ': '', 'ئ': '', 'ة': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ى': 'a',
  'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g',
};

export function romanize(arabic: string): string {
  const words = arabic.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // «بو عيدة» is written as one name in Latin letters: Bouaida
    let w = words[i] === 'بو' && words[i + 1] ? `bo${spell(words[++i]!, true)}` : spell(words[i]!, false);
    // Maghrebi «بو»: Bourita, Boukadoum, Bouteflika
    w = w.replace(/^bo(?=.)/, 'bou');
    w = w.replace(/^al(?=.)/, 'al-');
    if (w) out.push(w[0]!.toUpperCase() + w.slice(1));
  }
  return out.join(' ');
}

/** The letters of one word; an initial ع is a vowel, an initial و or ي a consonant (not after a joined «بو»). */
function spell(word: string, joined: boolean): string {
  const abd = word.startsWith('عبد');
  let w = abd ? 'abd' : '';
  const letters = abd ? [...word].slice(3) : [...word];
  letters.forEach((ch, i) => {
    const r = LETTERS[ch] ?? (/[a-z0-9]/i.test(ch) ? ch : '');
    const consonant = i === 0 && !w && !joined;
    w += consonant && ch === 'و' ? 'w' : consonant && ch === 'ي' ? 'y' : i === 0 && ch === 'ع' ? 'a' : r;
  });
  return w;
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
