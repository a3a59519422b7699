/** What people write, in the catalog's languages, to say yes or no without pressing a button. */
export const yesNoWords: Record<'yes' | 'no', readonly string[]> = {
  yes: [
    'yes', 'y', 'agree', 'i agree', 'ok', 'okay', 'sure', '👍', '✅',
    'jā', 'ja', 'piekrītu', 'da',
    'да', 'согласен', 'согласна', 'соглашаюсь',
    'так', 'згоден', 'згодна', 'погоджуюсь',
  ],
  no: [
    'no', 'n', 'decline', 'i decline', 'i do not agree', "i don't agree", '👎', '❌',
    'nē', 'ne', 'nepiekrītu',
    'нет', 'не согласен', 'не согласна',
    'ні', 'не згоден', 'не згодна',
  ],
};
