'use strict';
// Deterministic synthetic French pages for the compatibility test and the benchmark: a seeded
// PRNG over a hand-written vocabulary that exercises what the pipeline must get right — accents
// (and their upper-case forms), ï/ë (where libstemmer and lunr's 2010 stemmer differ unless
// folded first), œ/æ, elisions with ' and ’, hyphenated words, numbers, French punctuation with
// no-break spaces (each standalone sign becomes lunr's empty term ""), stop words, and a few
// non-Latin words that the French trimmer strips.

// mulberry32: tiny, fast, and identical on every node version.
function prng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'intelligence intelligences artificielle artificielles algorithme algorithmes donnée données ' +
  'marché marchés public publics publique publiques achat achats acheteur acheteuse acheteurs ' +
  'énergie énergies énergétique sobriété numérique numériques éthique éthiques responsabilité ' +
  'transparence explicabilité équité biais discrimination supervision humaine humain humains ' +
  'fournisseur fournisseurs prestataire prestataires contrat contrats clause clauses annexe ' +
  'cahier charges critère critères évaluation évaluations grille pondération note notes ' +
  'empreinte carbone eau refroidissement serveur serveurs centre centres calcul calculs ' +
  'modèle modèles entraînement inférence requête requêtes utilisateur utilisatrice usagers ' +
  'agent agents administration collectivité collectivités service services projet projets ' +
  'besoin besoins alternative solution solutions risque risques impact impacts environnement ' +
  'environnemental environnementale environnementaux sécurité confidentialité souveraineté ' +
  'hébergement cloud européen européenne règlement conformité audit audits contrôle contrôles ' +
  'documentation qualité fiabilité robustesse performance performances mesure mesures ' +
  'indicateur indicateurs méthode méthodes décision décisions verdict ligne rouge lignes ' +
  'rouges biométrie reconnaissance faciale génératif générative générer génération texte ' +
  'textes image images vidéo traduction résumé synthèse chatbot assistant formation former ' +
  'compétences équipe équipes organisation gouvernance comité pilotage feuille route stratégie ' +
  'cœur œuvre œuvres mœurs vœu sœur ex-æquo nævus ambiguïté naïf naïve naïveté aiguë aigüe ' +
  'canoë noël maïs héroïque archaïque égoïste ouïe coïncidence faïence laïque mosaïque ' +
  'été étés ête dès déjà voilà où çà là-bas peut-être aujourd’hui c’est n’est s’il jusqu’à ' +
  "l'intelligence l’intelligence d'un d’une qu’elle qu'il l'achat l’achat d'énergie l’eau " +
  "l'équipe l’équipe d'algorithmes l’évaluation s'agit n'a lorsqu'on presqu’île " +
  'co-construction sous-traitance sous-traitant mise-en-œuvre auto-évaluation non-discrimination ' +
  'ÉNERGIE Énergie ÉTHIQUE Éthique DONNÉES Données MARCHÉ Œuvre CŒUR ÇA À Île ÎLE Ôter ' +
  'le la les un une des du de et ou mais donc car ni que qui quoi dont elle il ils elles nous ' +
  'vous on ce cette ces son sa ses leur leurs notre votre pour par avec sans sur sous dans en ' +
  'est sont était été être avoir a ont aura serait peut doit faut très plus moins ' +
  '2024 2025 2030 1er 3,5 42 100 0,5 10% 1 000 ISO-14001 RGPD AI-Act ' +
  'café naïveté Ÿ ÿ ñandú São Łódź ΟΔΟΣ İstanbul 東京 😀 straße ﬁnance'
).split(' ');

const PUNCT = [',', '.', ' :', ' ;', ' ?', ' !', ' —', ' –', ' %', '…', ' »', ' (', ')'];
const NBSP = ['\u00a0', '\u202f', ' '];

function sentence(rand, n) {
  const parts = [];
  for (let i = 0; i < n; i++) {
    // Half uniform, half skewed to the front: common words common, rare words still present.
    let w = WORDS[Math.floor((rand() < 0.5 ? rand() : rand() * rand()) * WORDS.length)];
    if (i === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
    parts.push(w);
    if (rand() < 0.08) {
      const p = PUNCT[Math.floor(rand() * PUNCT.length)];
      // French typography: a (no-break) space before the high signs, so they stand alone.
      parts[parts.length - 1] += p.startsWith(' ') ? NBSP[Math.floor(rand() * 3)] + p.slice(1) : p;
    }
  }
  return parts.join(rand() < 0.02 ? '\t' : ' ') + '.';
}

function text(rand, words) {
  const out = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 6 + Math.floor(rand() * 14));
    out.push(sentence(rand, n));
    left -= n;
  }
  return out.join(rand() < 0.1 ? '\n\n' : ' ');
}

/** `count` pages with ids "p0", "p1"…, titles of 2–8 words and bodies of minWords–maxWords. */
function syntheticPages(count, seed, minWords = 100, maxWords = 400) {
  const rand = prng(seed);
  const pages = [];
  for (let i = 0; i < count; i++) {
    const words = minWords + Math.floor(rand() * (maxWords - minWords + 1));
    pages.push({
      id: 'p' + i,
      title: text(rand, 2 + Math.floor(rand() * 7)).replace(/\.$/, ''),
      body: text(rand, words),
      url: 'pages/p' + i + '.html',
    });
  }
  return pages;
}

module.exports = { prng, syntheticPages, WORDS };
