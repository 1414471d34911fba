/** A plain romanization of an Arabic name, for persons not in the gazetteer (`name.en`, `id`). */
const LETTERS: Readonly<Record<string, string>> = {
  'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'o', 'ي': 'i', 'ء': '', 'ؤ': '', 'ئ': '', 'ة': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ى': 'a',
  'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g',
};

export function romanize(arabic: string): string {
  return arabic
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      let w = word.startsWith('عبد') ? 'abd' : '';
      const letters = word.startsWith('عبد') ? [...word].slice(3) : [...word];
      for (const [i, ch] of letters.entries()) {
        const r = LETTERS[ch] ?? (/[a-z0-9]/i.test(ch) ? ch : '');
        // initial و / ي are consonants
        w += i === 0 && !w && ch === 'و' ? 'w' : i === 0 && !w && ch === 'ي' ? 'y' : i === 0 && !w && ch === 'ع' ? 'a' : r;
      }
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
