// Word lists of both languages: function words that never name an entity or intent; words telling Dutch from English.

/** A word list written as text, many words a line (Prettier would put each quoted word on a line of its own). */
export const wordList = (text: string): string[] => text.split(/\s+/).filter(Boolean);

// Function words of both languages that never name an entity or an intent on their own. Short words that are also
// abbreviations in the graph (AI, OM, PP, GD, CI) are deliberately absent. English first, then Dutch.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  wordList(`
  a an the of to for in on at by with and or is are was were be been does do did which what whats what's who
  whom whose how there that this these those it its me my i you we our they their from about into as all any
  some can could would should will please tell show list give name find between via through under also
  currently still exactly directly most each every other than then so if not no have has had one ones many
  much them kind kinds type types exist existing named called know want like get
  de het een van voor op aan bij met en of is zijn was waren wordt worden werd welke welk wat wie hoe er die
  dat deze dit door naar uit om te ook nog al alle allemaal mij me ik je jij u we wij zij ze hun hem haar geef
  toon laat zien noem kun kunt kan kunnen zou zouden wil graag a.u.b. aub tussen via onder over binnen
  momenteel precies direct rechtstreeks dan als heeft hebben had zich daar hier waar waarin waarbij waaraan
  eigenlijk er soort soorten bestaan bestaat vertel doet doen up genaamd heet heten weet weten vind vinden
  lijst overzicht mee aanwezig
`),
);

/** Words that make a question Dutch. */
export const DUTCH_MARKERS: ReadonlySet<string> = new Set(
  wordList(`
  welke welk wat wie hoe hoeveel zijn het de een van met aan voor er dienen werken verbonden waarom missie
  ministerie doet financiert zit heeft toon alle geef noem zoek hebben wordt worden niets geen bij naar tussen
  waar hiaten missies ministeries topsectoren zorgakkoorden welke zijn samen
  kun kunt je jij mijn ik mij uw jullie wanneer moet niet ook nog dit dat deze die welk graag
`),
);

/** Words that make a question English. */
export const ENGLISH_MARKERS: ReadonlySet<string> = new Set(
  wordList(`
  which what who how many are the of with to for there serve serves work works connected why mission ministry
  does fund funds gaps address show all give list search have has by nothing no between where tell about me
  missions ministries topsectors technologies in and
  can could you your my i please would should when not also this that these those whose
`),
);
