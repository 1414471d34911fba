/** A plain romanization of an Arabic name, for persons not in the gazetteer (`name.en`, `id`). */
const LETTERS: Readonly<Record<string, string>> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'o', 'ي': 'i', 'ء': '', 'ؤ': '', 'ئ': '', 'ة': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ى': 'a',
  'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g',
};

/** Marks where a joined word began, so that its first letter reads as initial («بو عيدة» → Bouaida). */
const INITIAL = '\u200c';

export function romanize(arabic: string): string {
  return joinBou(arabic.split(/\s+/).filter(Boolean))
    .map((word) => {
      let w = word.startsWith('عبد') ? 'abd' : '';
      const letters = word.startsWith('عبد') ? [...word].slice(3) : [...word];
      let initial = true;
      for (const ch of letters) {
        if (ch === INITIAL) {
          initial = true;
          continue;
        }
        const r = LETTERS[ch] ?? (/[a-z0-9]/i.test(ch) ? ch : '');
        // initial و / ي are consonants, initial ع a vowel
        w += initial && !w && ch === 'و' ? 'w' : initial && !w && ch === 'ي' ? 'y' : initial && ch === 'ع' ? 'a' : r;
        initial = false;
      }
      // Maghrebi «بو»: Bourita, Boukadoum, Bouteflika
      w = w.replace(/^bo(?=.)/, 'bou');
      w = w.replace(/^al(?=.)/, 'al-');
      return w ? w[0]!.toUpperCase() + w.slice(1) : '';
    })
    .filter(Boolean)
    .join(' ');
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** «بو عيدة» is written as one name in Latin letters: Bouaida. */
function joinBou(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'بو' && words[i + 1]) out.push(`بو${INITIAL}${words[++i]}`);
    else out.push(words[i]!);
  }
  return out;
}
