// The French pipeline pieces against values read from lunr 2.3.9 / lunr-languages 1.22.0
// (each expectation was checked in node with tests/node/lunr-reference.js).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "index/french_pipeline.h"
#include "index/js_text.h"

using namespace search;

namespace {

std::vector<std::string> tokens(const std::string& text) {
  std::string lowered;
  std::vector<std::string> out;
  for (auto t : tokenize(text, lowered)) out.emplace_back(t);
  return out;
}

std::vector<std::string> index_terms(const std::string& text) {
  FrenchIndexPipeline pipeline;
  std::vector<IndexTerm*> terms;
  pipeline.run(text, terms);
  std::vector<std::string> out;
  for (auto* t : terms) out.push_back(t->text);
  return out;
}

}  // namespace

TEST_CASE("lower-casing is JavaScript's toLowerCase") {
  CHECK(js_to_lower("ÉTÉ À L’ŒUVRE Ÿ Ç Æ") == "été à l’œuvre ÿ ç æ");
  CHECK(js_to_lower("ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ") ==
        "āăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżž");
  CHECK(js_to_lower("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ") == "αβγδεζηθικλμνξοπρστυφχψω");
  CHECK(js_to_lower("ΟΔΟΣ") == "οδος");               // final sigma
  CHECK(js_to_lower("ΣΑ Σ ΑΣ.") == "σα σ ας.");       // not final when nothing cased precedes
  CHECK(js_to_lower("ΑΣ\u0301Β") == "ασ\u0301β");      // combining accent is case-ignorable
  CHECK(js_to_lower("İ") == "i\u0307");                // one code point becomes two
  CHECK(js_to_lower("ẞ ǅ Ω K Å") == "ß ǆ ω k å");      // ẞ, titlecase, Ohm, Kelvin, Ångström signs
  CHECK(js_to_lower("АБВ ÀÉ 😀 東京") == "абв àé 😀 東京");
  // The range form lowers a slice with the rest as context.
  CHECK(js_to_lower("ΑΣ'Β", 0, 4) == "ασ");
}

TEST_CASE("tokenizer splits on JavaScript whitespace, ASCII hyphen and apostrophes") {
  CHECK(tokens("Acheter de l’IA") == std::vector<std::string>{"acheter", "de", "l", "ia"});
  CHECK(tokens("d'un  qu’elle\taujourd’hui") ==
        std::vector<std::string>{"d", "un", "qu", "elle", "aujourd", "hui"});
  CHECK(tokens("co-construction -- sous-traitance") ==
        std::vector<std::string>{"co", "construction", "sous", "traitance"});
  // No-break spaces split (they are JavaScript \s); other dashes do not.
  CHECK(tokens("a\u00a0:\u202fb") == std::vector<std::string>{"a", ":", "b"});
  CHECK(tokens("a\u2013b a\u2014b a\u2011b a\u200bb") ==
        std::vector<std::string>{"a\u2013b", "a\u2014b", "a\u2011b", "a\u200bb"});
  CHECK(tokens("\u3000x\ufeffy\u2028z\u0085w") == std::vector<std::string>{"x", "y", "z\u0085w"});
  CHECK(tokens("").empty());
  CHECK(tokens(" - ' ").empty());
}

TEST_CASE("trimmer-fr keeps Latin letters and digits at the ends, trims the rest") {
  CHECK(trim_fr("«marché»") == "marché");
  CHECK(trim_fr("(2024).") == "2024");
  CHECK(trim_fr("3,5") == "3,5");
  CHECK(trim_fr("l’achat") == "l’achat");      // inner punctuation stays
  CHECK(trim_fr(":") == "");                   // lunr keeps the empty token
  CHECK(trim_fr("οδος") == "");                // Greek is not a word character for lunr.fr
  CHECK(trim_fr("😀café😀") == "café");
  CHECK(trim_fr("ǆ") == "ǆ");                  // U+01C6 is inside \xF8-\u02B8
  CHECK(trim_fr("\u0301e\u0301") == "e");      // combining marks are not word characters
}

TEST_CASE("stopWordFilter-fr matches the exact unfolded word") {
  for (const char* w : {"de", "l", "qu", "un", "elle", "été", "étées", "celà", "eûmes", "à", "y"})
    CHECK_MESSAGE(is_stop_word_fr(w), w);
  for (const char* w : {"ete", "dès", "a", "intelligence", "", "De"})
    CHECK_MESSAGE(!is_stop_word_fr(w), w);
}

TEST_CASE("accentFold-fr folds its table and nothing else") {
  CHECK(accent_fold_fr("àáâäçéèêëîïôöùûüÿæœ") == "aaaaceeeeiioouuuyaeoe");
  CHECK(accent_fold_fr("ÀÉÎÔÙŸÆŒ") == "aeiouyaeoe");  // lunr folds capitals to small letters
  CHECK(accent_fold_fr("íìóòúãõñ") == "íìóòúãõñ");
}

TEST_CASE("stemmer-fr on folded words") {
  FrenchStemmer stemmer;
  CHECK(stemmer.stem("intelligence") == "intelligent");
  CHECK(stemmer.stem("marches") == "march");
  CHECK(stemmer.stem("energetique") == "energet");
  CHECK(stemmer.stem("sobriete") == "sobriet");
  CHECK(stemmer.stem("acheter") == "achet");
  CHECK(stemmer.stem("") == "");
  CHECK(search_term_fr("énergies", stemmer) == "energ");  // queries arrive lower-cased
}

TEST_CASE("index pipeline: elisions, stop words, empty terms, accents") {
  // l’intelligence / d'un / qu’elle: the article is its own token, the word keeps its own term.
  CHECK(index_terms("l’intelligence") == std::vector<std::string>{"intelligent"});
  CHECK(index_terms("l'intelligence") == index_terms("intelligence"));
  CHECK(index_terms("d'un qu’elle").empty());  // d, un, qu, elle are all lunr.fr stop words
  CHECK(index_terms("l’achat d’IA") == std::vector<std::string>{"achat", "ia"});
  // A standalone sign trims to "" and lunr keeps it as a term.
  CHECK(index_terms("Marchés publics : 2024 !") ==
        std::vector<std::string>{"march", "public", "", "2024", ""});
  // Stop words are matched before folding: "été" goes, "ete" stays.
  CHECK(index_terms("été ete dès") == std::vector<std::string>{"ete", "de"});
  // ï and ë are folded before stemming, as lunr-languages 1.22.0 does.
  CHECK(index_terms("ambiguïté Noël") == std::vector<std::string>{"ambiguit", "noel"});
}
