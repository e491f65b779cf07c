#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/placeholders.h"

namespace {

using Found = std::vector<std::pair<std::string, size_t>>;

Found found(const std::string& text) {
  Found out;
  core::for_each_placeholder(text, [&out](std::string_view name, size_t offset) { out.emplace_back(name, offset); });
  return out;
}

}  // namespace

TEST_CASE("a placeholder's name is a lowercase letter, then lowercase letters, digits and '_'") {
  for (const char* name : {"a", "objet", "co2_year", "delai_rapport_mois", "x9"}) {
    CAPTURE(name);
    CHECK(core::is_placeholder_name(name));
  }
  // What a text may hold between braces without meaning a placeholder: a number, a private-looking
  // name, capitals, a dash, a space, an accent, nothing.
  for (const char* text : {"0", "1a", "_a", "Objet", "a-b", "a b", "finalité", ""}) {
    CAPTURE(text);
    CHECK_FALSE(core::is_placeholder_name(text));
  }
}

TEST_CASE("the placeholders of a text, in order, at the offset of their brace") {
  CHECK(found("Le {acheteur} notifie le {titulaire}.") == Found{{"acheteur", 3}, {"titulaire", 25}});
  CHECK(found("{co2_year}") == Found{{"co2_year", 0}});
  // Braces around anything else are text; an opening brace inside one is where a name may start.
  CHECK(found("{ a } {1} {A} {a{b} {}").size() == 1);
  CHECK(found("{ a } {1} {A} {a{b} {}") == Found{{"b", 16}});
  // An unclosed brace ends the scan without reading past the text.
  CHECK(found("{objet} puis {duree").size() == 1);
  CHECK(found("").empty());
}

TEST_CASE("filling placeholders reads each value once and leaves unknown names as written") {
  CHECK(core::fill_placeholders("{a} et {b}", {{"a", "1"}, {"b", "{a}"}}) == "1 et {a}");
  CHECK(core::fill_placeholders("{inconnu} {a", {{"a", "1"}}) == "{inconnu} {a");
}
