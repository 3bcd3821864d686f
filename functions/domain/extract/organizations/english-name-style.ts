/**
 * How a country's universities are named in English, for a university the knowledge base does not hold and
 * whose name is its city and a head noun ("Kamerino Universiteti", "Университет Камерино", "Kemnits Texniki
 * Universiteti"). Word by word these read "Camerino University" and "Chemnitz Technical University"; the
 * bodies themselves write "University of Camerino" and "Chemnitz University of Technology".
 *
 * Reviewed from the English names the universities use (docs/knowledge-base.md#english-name-styles):
 * - "University of <City>": Italy (Bologna, Padua, Camerino), Spain, Portugal, France (Strasbourg, Lorraine),
 *   Hungary (Miskolc, Debrecen, Szeged), Poland (Warsaw, Wrocław), Austria, Switzerland, Germany (Hamburg,
 *   Bonn, Cologne), the United Kingdom, Ireland, Croatia, Slovenia, Serbia, Romania, Bulgaria, Greece,
 *   Estonia (Tartu), Finland, Norway, Iran (Tehran, Tabriz), Pakistan, Canada, Australia. Elsewhere
 *   (Türkiye, Japan, Korea, China, Russia, Central Asia, Georgia, the United States, Egypt, the Nordic "Lund
 *   University" kind) "<City> University" stays.
 * - "<City> University of Technology" for a technical university: Germany (Chemnitz, Dresden), Poland
 *   (Lublin, Warsaw), Austria (Graz), the Netherlands (Delft, Eindhoven), Estonia (Tallinn), Lithuania
 *   (Kaunas), Czechia (Brno), Slovakia, Finland, Sweden (Chalmers), Hungary (Budapest). Türkiye ("Istanbul
 *   Technical University"), Russia, Georgia and Central Asia keep "Technical University". A "technology
 *   university" ("Texnologiya Universiteti") is "University of Technology" everywhere.
 * Exceptions (Heidelberg University, Vilnius University, Technical University of Munich) belong in the
 * knowledge base, which wins over this rule.
 */

// biome-ignore format: a list of codes
const UNIVERSITY_OF = new Set([
  'IT', 'ES', 'PT', 'FR', 'HU', 'PL', 'AT', 'CH', 'DE', 'GB', 'IE', 'HR', 'SI', 'RS', 'RO', 'BG', 'GR',
  'EE', 'FI', 'NO', 'IR', 'PK', 'CA', 'AU',
]);
// biome-ignore format: a list of codes
const OF_TECHNOLOGY = new Set(['DE', 'PL', 'AT', 'NL', 'EE', 'LT', 'CZ', 'SK', 'FI', 'SE', 'HU']);

/**
 * The English name a university of `country` named after its city `city` takes, from the word-by-word
 * name; any other name is returned as it is.
 */
export function englishUniversityName(wordByWord: string, city: string, country: string): string {
  if (!wordByWord.startsWith(`${city} `)) return wordByWord;
  const rest = wordByWord.slice(city.length + 1);
  if (rest === 'University' && UNIVERSITY_OF.has(country)) return `University of ${city}`;
  if (rest === 'Technology University' || (rest === 'Technical University' && OF_TECHNOLOGY.has(country)))
    return `${city} University of Technology`;
  return wordByWord;
}
