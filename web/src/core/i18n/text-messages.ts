// Sentences that name nodes (gap findings, partner reasons, paths) and the selection, relation and paging controls.
// {subject}, {through}, {affected}, {via}, {candidate} become links; `.one` variants are used for a count of 1.
import { DIMENSION_PLURALS, DIMENSIONS, type Dimension } from '@kies/schema';

/** `dim.<DIMENSION>`: a matrix column's name in sentences, from the label registry. */
const dimensionNames = (lang: 'nl' | 'en') =>
  Object.fromEntries(DIMENSIONS.map((d) => [`dim.${d}`, DIMENSION_PLURALS[d][lang]])) as Record<
    `dim.${Dimension}`,
    string
  >;

export const TEXT_NL = {
  ...dimensionNames('nl'),
  'gap.MISSION_CELL_EMPTY.title': '{subject}: geen {dimension}',
  'gap.MISSION_CELL_EMPTY.explanation':
    'Geen {dimension} richten zich in de graaf op {subject}, dus die kolom van de missiematrix is leeg voor deze missie.',
  'gap.MISSION_CELL_ONE.title': '{subject}: maar één van de {dimension}',
  'gap.MISSION_CELL_ONE.explanation':
    'Alleen {affected} richt zich op {subject} van de {dimension}; de missie hangt daar alleen van af.',
  'gap.UNSERVED_CARE_AGREEMENT.title': 'Geen PPP ondersteunt {subject}',
  'gap.UNSERVED_CARE_AGREEMENT.explanation':
    'Geen publiek-privaat partnerschap of NGF-project ondersteunt volgens de graaf {subject}, dus de doelen ervan hebben geen onderzoeks- en innovatiepartner.',
  'gap.UNSERVED_PROGRAMME.title': 'Geen PPP is verbonden met {subject}',
  'gap.UNSERVED_PROGRAMME.explanation':
    'Geen publiek-privaat partnerschap of NGF-project is verbonden met het programma {subject}, dus volgens de graaf brengt niemand het in praktijk.',
  'gap.PROGRAMME_WITHOUT_MISSION.title': '{subject} staat in geen missierij',
  'gap.PROGRAMME_WITHOUT_MISSION.explanation':
    'Het programma {subject} richt zich op geen enkele missie en staat dus niet in de missiematrix.',
  'gap.PPP_WITHOUT_MISSION.title': '{subject} is aan geen missie verbonden',
  'gap.PPP_WITHOUT_MISSION.explanation':
    'Het partnerschap {subject} richt zich in de graaf op geen missie: de bijdrage is niet vastgelegd of valt buiten de missieagenda.',
  'gap.MISSION_WITHOUT_POLICY.title': 'Geen beleid kadert {subject}',
  'gap.MISSION_WITHOUT_POLICY.explanation':
    'Geen wet, strategie, agenda of ander beleid kadert volgens de graaf {subject}, dus de graaf kan niet zeggen binnen welk beleid de missie werkt.',
  'gap.PROGRAMME_NOT_RUN.title': 'Niemand voert {subject} uit',
  'gap.PROGRAMME_NOT_RUN.explanation':
    'Geen organisatie, team of partnerschap voert volgens de graaf het programma {subject} uit, dus het heeft geen eigenaar in de graaf.',
  'gap.NODE_WITHOUT_PROVENANCE.title': '{subject} heeft geen bron',
  'gap.NODE_WITHOUT_PROVENANCE.explanation':
    'Nergens staat waar {subject} vandaan komt; voeg bronregels en citaten toe zodat het te controleren is.',
  'gap.RELATIONSHIP_WITHOUT_PROVENANCE.title': '{subject} {type} {through}: geen bron',
  'gap.RELATIONSHIP_WITHOUT_PROVENANCE.explanation':
    'De relatie "{type}" van {subject} naar {through} heeft geen bronregels of citaten; voeg ze toe zodat ze te controleren is.',
  'gap.MISSION_RESTS_ON_ONE_PPP.title': '{subject} rust op één PPP',
  'gap.MISSION_RESTS_ON_ONE_PPP.explanation':
    '{through} is de enige PPP die met {subject} verbonden is; stopt die, dan heeft de missie geen partnerschap meer.',
  'gap.MISSION_REACHES_PPPS_ONLY_THROUGH.title':
    "{subject} bereikt {count} indirect verbonden PPP's alleen via {through}",
  'gap.MISSION_REACHES_PPPS_ONLY_THROUGH.title.one':
    '{subject} bereikt één indirect verbonden PPP alleen via {through}',
  'gap.MISSION_REACHES_PPPS_ONLY_THROUGH.explanation':
    "{affected} richten zich niet rechtstreeks op {subject}; elk pad van hen naar de missie (via akkoorden, fondsen, ministeries en programma's, tot 3 stappen) loopt via {through}. Valt {through} weg, dan verliest de missie de verbinding met deze partnerschappen.",
  'gap.MISSION_REACHES_PPPS_ONLY_THROUGH.explanation.one':
    "{affected} richt zich niet rechtstreeks op {subject}; elk pad ervan naar de missie (via akkoorden, fondsen, ministeries en programma's, tot 3 stappen) loopt via {through}. Valt {through} weg, dan verliest de missie de verbinding met dit partnerschap.",
  'reason.SHARED_MISSION': 'Beide werken aan {count} missies: {via}',
  'reason.SHARED_MISSION.one': 'Beide werken aan {via}',
  'reason.SHARED_TECHNOLOGY':
    "Beide werken aan {count} gedeelde sleuteltechnologieën, programma's of methodologieën: {via}",
  'reason.SHARED_TECHNOLOGY.one':
    'Beide werken aan dezelfde sleuteltechnologie, hetzelfde programma of dezelfde methodologie: {via}',
  'reason.SHARED_PARTNERSHIP':
    'Beide zijn verbonden met {count} gedeelde partnerschappen, projecten of partners: {via}',
  'reason.SHARED_PARTNERSHIP.one':
    'Beide zijn verbonden met hetzelfde partnerschap, project of dezelfde partner: {via}',
  'reason.SHARED_CARE_AGREEMENT': 'Beide dragen bij aan {count} zorgakkoorden: {via}',
  'reason.SHARED_CARE_AGREEMENT.one': 'Beide dragen bij aan het zorgakkoord {via}',
  'reason.SHARED_TOPSECTOR': "Beide horen bij {count} topsectoren of TKI's: {via}",
  'reason.SHARED_TOPSECTOR.one': 'Beide horen bij de topsector of TKI {via}',
  'reason.COMPLEMENTARY_ROLE': '{candidate} brengt een andere rol in ({role}) naast {subject} ({subjectRole})',
  'reason.more': 'en nog {count}',
  'role.partnership': 'partnerschap',
  'role.knowledge': 'kennisinstelling',
  'role.business': 'bedrijfsleven',
  'role.care': 'zorg',
  'role.government': 'overheid',
  'role.society': 'maatschappelijke organisatie',
  'role.funder': 'financier',
  'partners.noLinks':
    '{name} heeft in de graaf geen missies, technologieën, topsectoren, partnerschappen of zorgakkoorden die het met anderen deelt, dus er is niets om partners op te baseren.',
  'partners.highlighted': 'De suggesties zijn in de graaf gemarkeerd.',
  'paths.hops': '{count} stappen',
  'paths.hops.one': '1 stap',
  'paths.direct': 'Direct ({count}): rechtstreeks verbonden met {from}',
  'paths.indirect': 'Indirect ({count}): alleen via andere knopen',
  'paths.indirectWhy':
    'Deze zijn niet zelf met {from} verbonden: elk pad loopt via andere knopen (zoals de centrale missie, een akkoord of een fonds). Dat laat een verband zien, geen bewijs dat ze aan {from} werken.',
  'paths.via': 'via {via}',
  'paths.target': '{count} paden',
  'paths.target.one': '1 pad',
  'selection.list': 'Selectie ({count})',
  'selection.sortName': 'Sorteer op naam',
  'selection.sortKind': 'Sorteer op soort',
  'selection.fit': 'Zoom naar selectie',
  'details.filter': 'Filter relaties…',
  'details.filterLabel': 'Filter relaties op naam of soort',
  'details.sort': 'Sorteer',
  'details.sortName': 'op naam',
  'details.sortKind': 'op soort',
  'details.showAll': 'Toon alle {count}',
  'details.showLess': 'Toon minder',
  'details.noMatch': 'Geen relaties die passen bij het filter.',
  'details.relationsOf': '{shown} van {count}',
  'details.partial':
    'Van de {count} relaties zijn de eerste {shown} geladen (de API geeft er maximaal zoveel per keer).',
} as const;

export const TEXT_EN: Record<keyof typeof TEXT_NL, string> = {
  ...dimensionNames('en'),
  'gap.MISSION_CELL_EMPTY.title': '{subject}: no {dimension}',
  'gap.MISSION_CELL_EMPTY.explanation':
    'No {dimension} address {subject} in the graph, so that column of the mission matrix is empty for this mission.',
  'gap.MISSION_CELL_ONE.title': '{subject}: only one of the {dimension}',
  'gap.MISSION_CELL_ONE.explanation':
    'Only {affected} addresses {subject} among the {dimension}; the mission depends on it alone.',
  'gap.UNSERVED_CARE_AGREEMENT.title': 'No PPP supports {subject}',
  'gap.UNSERVED_CARE_AGREEMENT.explanation':
    'No public-private partnership or NGF project is recorded as supporting {subject}, so its goals have no research and innovation partner in the graph.',
  'gap.UNSERVED_PROGRAMME.title': 'No PPP is linked to {subject}',
  'gap.UNSERVED_PROGRAMME.explanation':
    'No public-private partnership or NGF project is linked to the programme {subject}, so nobody is recorded as putting it into practice.',
  'gap.PROGRAMME_WITHOUT_MISSION.title': '{subject} is in no mission row',
  'gap.PROGRAMME_WITHOUT_MISSION.explanation':
    'The programme {subject} does not address any mission, so it does not show up in the mission matrix.',
  'gap.PPP_WITHOUT_MISSION.title': '{subject} is linked to no mission',
  'gap.PPP_WITHOUT_MISSION.explanation':
    'The partnership {subject} addresses no mission in the graph: either its contribution is not recorded or it falls outside the mission agenda.',
  'gap.MISSION_WITHOUT_POLICY.title': 'No policy frames {subject}',
  'gap.MISSION_WITHOUT_POLICY.explanation':
    'No law, strategy, agenda or other policy is recorded as framing {subject}, so the graph cannot say which policy it works within.',
  'gap.PROGRAMME_NOT_RUN.title': 'Nobody runs {subject}',
  'gap.PROGRAMME_NOT_RUN.explanation':
    'No organisation, team or partnership is recorded as running the programme {subject}, so it has no owner in the graph.',
  'gap.NODE_WITHOUT_PROVENANCE.title': '{subject} has no source',
  'gap.NODE_WITHOUT_PROVENANCE.explanation':
    'Nothing records where {subject} comes from; add the source lines and quotes so it can be checked.',
  'gap.RELATIONSHIP_WITHOUT_PROVENANCE.title': '{subject} {type} {through}: no source',
  'gap.RELATIONSHIP_WITHOUT_PROVENANCE.explanation':
    'The link "{type}" from {subject} to {through} has no source lines or quotes; add them so it can be checked.',
  'gap.MISSION_RESTS_ON_ONE_PPP.title': '{subject} rests on one PPP',
  'gap.MISSION_RESTS_ON_ONE_PPP.explanation':
    '{through} is the only PPP connected to {subject}; if it stops, the mission has no partnership left.',
  'gap.MISSION_REACHES_PPPS_ONLY_THROUGH.title':
    '{subject} reaches {count} indirectly linked PPPs only through {through}',
  'gap.MISSION_REACHES_PPPS_ONLY_THROUGH.title.one':
    '{subject} reaches one indirectly linked PPP only through {through}',
  'gap.MISSION_REACHES_PPPS_ONLY_THROUGH.explanation':
    '{affected} do not address {subject} directly; every path from them to the mission (over agreements, funds, ministries and programmes, up to 3 steps) runs through {through}. If {through} drops out, the mission loses its connection to these partnerships.',
  'gap.MISSION_REACHES_PPPS_ONLY_THROUGH.explanation.one':
    '{affected} does not address {subject} directly; every path from it to the mission (over agreements, funds, ministries and programmes, up to 3 steps) runs through {through}. If {through} drops out, the mission loses its connection to this partnership.',
  'reason.SHARED_MISSION': 'Both work on {count} missions: {via}',
  'reason.SHARED_MISSION.one': 'Both work on {via}',
  'reason.SHARED_TECHNOLOGY': 'Both work on {count} shared key technologies, programmes or methodologies: {via}',
  'reason.SHARED_TECHNOLOGY.one': 'Both work on the same key technology, programme or methodology: {via}',
  'reason.SHARED_PARTNERSHIP': 'Both are connected with {count} shared partnerships, projects or partners: {via}',
  'reason.SHARED_PARTNERSHIP.one': 'Both are connected with the same partnership, project or partner: {via}',
  'reason.SHARED_CARE_AGREEMENT': 'Both support {count} care agreements: {via}',
  'reason.SHARED_CARE_AGREEMENT.one': 'Both support the care agreement {via}',
  'reason.SHARED_TOPSECTOR': 'Both belong to {count} topsectors or TKIs: {via}',
  'reason.SHARED_TOPSECTOR.one': 'Both belong to the topsector or TKI {via}',
  'reason.COMPLEMENTARY_ROLE': '{candidate} brings a different role ({role}) next to {subject} ({subjectRole})',
  'reason.more': 'and {count} more',
  'role.partnership': 'partnership',
  'role.knowledge': 'knowledge institution',
  'role.business': 'business',
  'role.care': 'care',
  'role.government': 'government',
  'role.society': 'civil society',
  'role.funder': 'funder',
  'partners.noLinks':
    '{name} shares no missions, technologies, topsectors, partnerships or care agreements with anyone in the graph, so there is nothing to base partners on.',
  'partners.highlighted': 'The suggestions are highlighted in the graph.',
  'paths.hops': '{count} steps',
  'paths.hops.one': '1 step',
  'paths.direct': 'Direct ({count}): linked to {from} itself',
  'paths.indirect': 'Indirect ({count}): only through other nodes',
  'paths.indirectWhy':
    'These are not linked to {from} themselves: every path runs through other nodes (such as the central mission, an agreement or a fund). That shows a connection, not evidence that they work on {from}.',
  'paths.via': 'via {via}',
  'paths.target': '{count} paths',
  'paths.target.one': '1 path',
  'selection.list': 'Selection ({count})',
  'selection.sortName': 'Sort by name',
  'selection.sortKind': 'Sort by kind',
  'selection.fit': 'Zoom to selection',
  'details.filter': 'Filter relations…',
  'details.filterLabel': 'Filter relations by name or kind',
  'details.sort': 'Sort',
  'details.sortName': 'by name',
  'details.sortKind': 'by kind',
  'details.showAll': 'Show all {count}',
  'details.showLess': 'Show fewer',
  'details.noMatch': 'No relations match the filter.',
  'details.relationsOf': '{shown} of {count}',
  'details.partial': 'The first {shown} of {count} relations are loaded (the API returns at most that many at once).',
};
