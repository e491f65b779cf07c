#include <doctest/doctest.h>

#include <cmark-gfm.h>

#include <string>
#include <vector>

#include "text/typography.h"
#include "render/typography_cmark.h"
#include "text/typography_html.h"
#include "render/typography_model.h"

namespace {

const std::string NB = "\u00A0";  // no-break space
const std::string NN = "\u202F";  // narrow no-break space

std::string fr(const std::string& text) { return text::typeset_french(text); }

}  // namespace

TEST_CASE("a space before ; ! ? becomes a narrow no-break space, added when left out") {
  CHECK(fr("Pourquoi ? Parce que ; enfin !") == "Pourquoi" + NN + "? Parce que" + NN + "; enfin" + NN + "!");
  CHECK(fr("Pourquoi? Vraiment!") == "Pourquoi" + NN + "? Vraiment" + NN + "!");
  CHECK(fr("Quoi  ?!") == "Quoi" + NN + "?!");   // one space, none inside "?!"
  CHECK(fr("(voir 3)?") == "(voir 3)" + NN + "?");
}

TEST_CASE("a space before : and inside « » becomes a no-break space, added when left out") {
  CHECK(fr("Note : le PUE") == "Note" + NB + ": le PUE");
  CHECK(fr("Note: le PUE") == "Note" + NB + ": le PUE");
  CHECK(fr("« sobriété »") == "«" + NB + "sobriété" + NB + "»");
  CHECK(fr("«sobriété»") == "«" + NB + "sobriété" + NB + "»");
}

TEST_CASE("URLs, times, ratios and words around punctuation are left as written") {
  CHECK(fr("https://exemple.fr/page?x=1;y=2") == "https://exemple.fr/page?x=1;y=2");
  CHECK(fr("à 10:30 précises") == "à 10:30 précises");
  CHECK(fr("a?b et c!d") == "a?b et c!d");
  CHECK(fr("") == "");
  CHECK(fr("des mots sans rien") == "des mots sans rien");
}

TEST_CASE("percentages, thousands and units get their no-break spaces") {
  CHECK(fr("10 % et 7,5%") == "10" + NB + "% et 7,5" + NB + "%");
  // A placeholder a script fills with a number (content/interface/).
  CHECK(fr("Total : {total} %") == "Total" + NB + ": {total}" + NB + "%");
  CHECK(fr("a} %") == "a}" + NB + "%");
  CHECK(fr("10 000 personnes et 1 250 000 euros") == "10" + NN + "000 personnes et 1" + NN + "250" + NN + "000 euros");
  CHECK(fr("en 2024 100 pages") == "en 2024 100 pages");  // a year, then a number: not one number
  CHECK(fr("01 23 45 67 89") == "01 23 45 67 89");        // not groups of three
  CHECK(fr("4999 ou 5000") == "4999 ou 5000");            // four digits are left as written
  CHECK(fr("3 kWh pour 20 €") == "3" + NB + "kWh pour 20" + NB + "€");
  CHECK(fr("3 heures") == "3 heures");                    // "h" is a unit, "heures" a word
}

TEST_CASE("bit rates are written kbit/s, Mbit/s, Gbit/s after a number") {
  CHECK(fr("512 kb/s") == "512" + NB + "kbit/s");
  CHECK(fr("un débit de 10 Mbps ou 1 Gb/s") == "un débit de 10" + NB + "Mbit/s ou 1" + NB + "Gbit/s");
  CHECK(fr("512 kbit/s") == "512" + NB + "kbit/s");
  CHECK(fr("le sigle kbps seul") == "le sigle kbps seul");  // no number before: not a quantity
}

TEST_CASE("straight apostrophes after a letter become ’") {
  CHECK(fr("l'IA d'aujourd'hui") == "l’IA d’aujourd’hui");
  CHECK(fr("Qu'est-ce que l'IA ?") == "Qu’est-ce que l’IA" + NN + "?");
  CHECK(fr("'mot'") == "'mot’");  // an opening single quote is not an apostrophe
}

TEST_CASE("double quotes become « », and “ ” inside them") {
  CHECK(fr("le \"cloud au centre\"") == "le «" + NB + "cloud au centre" + NB + "»");
  CHECK(fr("“sobriété”") == "«" + NB + "sobriété" + NB + "»");
  CHECK(fr("« il dit \"non\" »") == "«" + NB + "il dit “non”" + NB + "»");
}

TEST_CASE("typesetting is idempotent") {
  for (const std::string text : {"Pourquoi? « IA » : 10 000 personnes, 10 %, 512 kb/s, l'IA!",
                                 "Note: \"x\" ; 3 kWh"}) {
    const std::string once = fr(text);
    CHECK(fr(once) == once);
  }
}

TEST_CASE("runs are typeset together and context runs are never changed") {
  using Kind = text::TextRun::Kind;
  std::vector<text::TextRun> runs{{"Est-ce ", Kind::text}, {"important", Kind::text}, {"?", Kind::text}};
  text::typeset_french(runs);
  CHECK(runs[0].text == "Est-ce ");
  CHECK(runs[1].text == "important");
  CHECK(runs[2].text == NN + "?");  // the space goes with the mark, in the run after the word

  std::vector<text::TextRun> code{{"Lancez ", Kind::text}, {"a ? b : c", Kind::object}, {" : voilà", Kind::text}};
  text::typeset_french(code);
  CHECK(code[1].text == "a ? b : c");
  CHECK(code[2].text == NB + ": voilà");

  // A line break is a break, not a word: nothing is added after it.
  std::vector<text::TextRun> broken{{"Quoi", Kind::text}, {"\n", Kind::line_break}, {"? non", Kind::text}};
  text::typeset_french(broken);
  CHECK(broken[2].text == "? non");

  // An inline tag reads as nothing: the word before it is the context.
  std::vector<text::TextRun> tagged{{"<em>", Kind::invisible}, {"mot", Kind::text}, {"</em>", Kind::invisible},
                                      {"?", Kind::text}};
  text::typeset_french(tagged);
  CHECK(tagged[3].text == NN + "?");
}

namespace {

std::string render_fr(const std::string& markdown) {
  cmark_node* doc = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_SMART);
  render::typeset_tree(doc);
  char* html = cmark_render_html(doc, CMARK_OPT_SMART, nullptr);
  std::string out(html);
  free(html);
  cmark_node_free(doc);
  return out;
}

}  // namespace

TEST_CASE("Markdown text is typeset, code, URLs and image descriptions are not") {
  CHECK(render_fr("Pourquoi *vraiment*? Voir l'outil.\n") ==
        "<p>Pourquoi <em>vraiment</em>" + NN + "? Voir l’outil.</p>\n");
  CHECK(render_fr("Lancez `guide check ; echo ok` : 10 000 pages.\n") ==
        "<p>Lancez <code>guide check ; echo ok</code>" + NB + ": 10" + NN + "000 pages.</p>\n");
  CHECK(render_fr("```\nl'IA : 10 %\n```\n") == "<pre><code>l'IA : 10 %\n</code></pre>\n");
  CHECK(render_fr("<https://exemple.fr/a?b=1>\n") ==
        "<p><a href=\"https://exemple.fr/a?b=1\">https://exemple.fr/a?b=1</a></p>\n");
  CHECK(render_fr("[le site d'Etalab](https://exemple.fr/l'x)\n") ==
        "<p><a href=\"https://exemple.fr/l&#x27;x\">le site d’Etalab</a></p>\n");
  // (the ’ is cmark's smart punctuation; the spaces are as typed)
  CHECK(render_fr("![l'image : 10 %](i.png)\n") == "<p><img src=\"i.png\" alt=\"l’image : 10 %\" /></p>\n");
  CHECK(render_fr("## Qu'est-ce que l'IA?\n") == "<h2>Qu’est-ce que l’IA" + NN + "?</h2>\n");
  // Smart punctuation's English quotes become French ones.
  CHECK(render_fr("Le \"numérique responsable\".\n") == "<p>Le «" + NB + "numérique responsable" + NB + "».</p>\n");
}

TEST_CASE("a bank's plain texts are typeset, its ids, expressions and Markdown are not") {
  nlohmann::ordered_json bank = nlohmann::ordered_json::parse(R"({
    "id": "b", "title": "Avons-nous besoin d'IA ?", "intro": "l'intro : *Markdown*",
    "sections": [{"id": "s", "title": "Le besoin", "questions": [{
      "id": "q", "text": "Une solution sans IA a-t-elle été étudiée?", "help": "l'aide",
      "show_if": "x == 'oui'", "unit": "kb/s",
      "choices": [{"id": "oui", "label": "Oui, c'est fait"}]}]}],
    "verdicts": [{"level": "ok", "label": "C'est bon", "text": "l'avis", "explain": "au moins 70 %"}]
  })");
  render::typeset_bank_texts(bank);
  CHECK(bank["title"] == "Avons-nous besoin d’IA" + NN + "?");
  CHECK(bank["intro"] == "l'intro : *Markdown*");
  const auto& q = bank["sections"][0]["questions"][0];
  CHECK(q["text"] == "Une solution sans IA a-t-elle été étudiée" + NN + "?");
  CHECK(q["help"] == "l'aide");
  CHECK(q["show_if"] == "x == 'oui'");
  CHECK(q["id"] == "q");
  CHECK(q["choices"][0]["label"] == "Oui, c’est fait");
  CHECK(bank["verdicts"][0]["label"] == "C’est bon");
  CHECK(bank["verdicts"][0]["text"] == "l'avis");
  CHECK(bank["verdicts"][0]["explain"] == "au moins 70" + NB + "%");
}

TEST_CASE("a calculator's words are typeset, its ids, keys, placeholders and Markdown intro are not") {
  nlohmann::ordered_json calc = nlohmann::ordered_json::parse(R"json({
    "id": "c", "kind": "calculator", "title": "L'empreinte", "intro": "l'intro : *Markdown*",
    "scenarios": [{"id": "avec-ia", "prefix": "avec", "label": "Avec l'IA", "intro": "Le scénario d'usage"}],
    "steps": [{"id": "projet", "title": "Le projet et l'électricité"}],
    "blocks": [{"id": "grid", "legend": "L'électricité", "item": {"kind": "compute", "label": "L'inférence"},
      "fields": [{"id": "pue", "label": "PUE du centre", "unit": "kWh/an", "hint": "Vide : 1,56",
        "placeholder": "ex. 1,2", "key": "pue",
        "options": [{"value": "aucun", "label": "— aucun —"}, {"value": "gpu", "label": "L'autre GPU"}]}]}],
    "texts": {"step_heading": "Étape {number} sur {count} : {title}"},
    "messages": {"not_a_number": "Saisissez un nombre (valeur saisie : {value})"},
    "example": {"label": "Exemple : l'assistant", "description": "Un service d'accueil"}
  })json");
  render::typeset_bank_texts(calc);
  CHECK(calc["title"] == "L’empreinte");
  CHECK(calc["intro"] == "l'intro : *Markdown*");
  CHECK(calc["scenarios"][0]["label"] == "Avec l’IA");
  CHECK(calc["scenarios"][0]["intro"] == "Le scénario d’usage");
  CHECK(calc["scenarios"][0]["id"] == "avec-ia");
  CHECK(calc["steps"][0]["title"] == "Le projet et l’électricité");
  const auto& block = calc["blocks"][0];
  CHECK(block["legend"] == "L’électricité");
  CHECK(block["item"]["label"] == "L’inférence");
  CHECK(block["item"]["kind"] == "compute");
  const auto& field = block["fields"][0];
  CHECK(field["hint"] == "Vide" + NB + ": 1,56");
  CHECK(field["key"] == "pue");
  CHECK(field["options"][1]["label"] == "L’autre GPU");
  CHECK(field["options"][1]["value"] == "gpu");
  CHECK(calc["texts"]["step_heading"] == "Étape {number} sur {count}" + NB + ": {title}");
  CHECK(calc["messages"]["not_a_number"] == "Saisissez un nombre (valeur saisie" + NB + ": {value})");
  CHECK(calc["example"]["label"] == "Exemple" + NB + ": l’assistant");
  CHECK(calc["example"]["description"] == "Un service d’accueil");
}

TEST_CASE("HTML and templates: text between tags is typeset, markup and code are not") {
  using text::typeset_html;
  CHECK(typeset_html("<p>Pourquoi <em>vraiment</em>? L'outil : <a href=\"x?a=1;b\" title=\"l'a : b\">ici</a>.</p>") ==
        "<p>Pourquoi <em>vraiment</em>" + NN + "? L’outil" + NB + ": <a href=\"x?a=1;b\" title=\"l'a : b\">ici</a>.</p>");
  // A block-level tag cuts the line: nothing is added after it.
  CHECK(typeset_html("<li>Voir</li>\n<li>? non</li>") == "<li>Voir</li>\n<li>? non</li>");
  CHECK(typeset_html("<code>a ; b</code> ; <PRE>l'x : 1</PRE> ; <script>if (a) b ? c : d;</script>") ==
        "<code>a ; b</code>" + NN + "; <PRE>l'x : 1</PRE>" + NN + "; <script>if (a) b ? c : d;</script>");
  CHECK(typeset_html("Tom &amp; Jerry&#39;s ; <!-- l'avis : ici -->") == "Tom &amp; Jerry&#39;s" + NN + "; <!-- l'avis : ici -->");
  // Mustache tags read as one opaque character and are kept, in text and in attributes.
  CHECK(typeset_html("<h1 class=\"{{#a}}x{{/a}}\">{{title}} : l'outil {{{raw}}}?</h1>{{> partial}}") ==
        "<h1 class=\"{{#a}}x{{/a}}\">{{title}}" + NB + ": l’outil {{{raw}}}?</h1>{{> partial}}");
  CHECK(typeset_html("a < b ; c") == "a < b" + NN + "; c");
}

TEST_CASE("any mix of the characters the rules look at: no crash, valid UTF-8, idempotent") {
  const std::vector<std::string> pieces = {"a", "é", "l", "mot", " ", "  ", "\u00A0", "\u202F", "'", "\"", ";", "!",
                                           "?", ":", "%", "‰", "«", "»", "“", "”", "1", "10", "000", "2024",
                                           ",", ".", "kb/s", "kWh", "€", "(", ")", "\n", "\t", "…", "’"};
  uint32_t seed = 12345;
  auto next = [&seed] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
  auto valid_utf8 = [](const std::string& s) {
    for (size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i + len > s.size()) return false;
      for (size_t k = 1; k < len; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
      }
      i += len;
    }
    return true;
  };
  int not_idempotent = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    for (uint32_t k = next() % 12; k > 0; --k) text += pieces[next() % pieces.size()];
    const std::string once = fr(text);
    REQUIRE(valid_utf8(once));
    if (fr(once) != once) {
      if (++not_idempotent <= 3) MESSAGE("not idempotent: [" << text << "] -> [" << once << "] -> [" << fr(once) << "]");
    }
    const std::string html = text::typeset_html("<p>" + text + "<em>" + text + "</em>{{x}}&amp;" + text + "</p>");
    REQUIRE(valid_utf8(html));
  }
  CHECK(not_idempotent == 0);
  // Cut markup never throws nor loops: an unclosed tag, comment, Mustache tag or element.
  for (const char* cut : {"<p", "<!-- l'a", "{{x", "<code>l'a", "&", "&amp", "<a href=\"x", "a <", "<"}) {
    CHECK_NOTHROW(text::typeset_html(std::string(cut) + " : l'IA"));
  }
}
