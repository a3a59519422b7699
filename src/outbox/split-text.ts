/** Splits a long text into pieces of at most `limit` UTF-16 code units, never cutting a character in two. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of text) {
    if (piece.length + character.length > limit) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece !== '' || pieces.length === 0) pieces.push(piece);
  return pieces;
}
