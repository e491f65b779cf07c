// How a scored bank is cut into step pages (render/form_steps.h), and the question markup that
// keeps each question to the few elements a reader needs (templates/tools/question.mustache).
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "render/form_steps.h"
#include "render/question_html.h"
#include "site_templates.h"

namespace {

using ojson = nlohmann::ordered_json;

// A bank whose sections hold the given numbers of yes/no questions (q1, q2, ... in order), as
// the check stage hands it to render (compiled; the missing verdicts do not matter here).
core::Bank bank_with(std::initializer_list<int> sizes) {
  ojson bank = {{"id", "essai"}, {"sections", ojson::array()}};
  int n = 0, s = 0;
  for (int size : sizes) {
    ojson section = {{"id", "s" + std::to_string(++s)}, {"title", "Section"}, {"questions", ojson::array()}};
    for (int i = 0; i < size; ++i) section["questions"].push_back({{"id", "q" + std::to_string(++n)}, {"text", "?"}, {"type", "yesno"}});
    bank["sections"].push_back(section);
  }
  return core::compile_bank(bank).bank;
}

// One question as render gets it: compiled in a bank of its own.
core::Question compiled_question(const ojson& q) {
  ojson bank = {{"id", "essai"}, {"sections", {{{"id", "s"}, {"title", "S"}, {"questions", {q}}}}}};
  return core::compile_bank(bank).bank.questions.at(0);
}

int count(const std::string& html, const std::string& what) {
  int n = 0;
  for (size_t at = html.find(what); at != std::string::npos; at = html.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a short bank stays one page, a longer one gets a step per section") {
  CHECK(render::form_steps(bank_with({5, 10}), "outils/essai.html").empty());
  auto steps = render::form_steps(bank_with({5, 11}), "outils/essai.html");
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].url == "outils/essai/s1.html");
  CHECK(steps[1].url == "outils/essai/s2.html");
  CHECK(steps[1].first == 0);
  CHECK(steps[1].count == 11);
  CHECK(steps[1].parts == 1);
}

TEST_CASE("a long section is spread over the fewest pages, in even parts") {
  auto steps = render::form_steps(bank_with({2, 42, 16}), "outils/essai.html");
  REQUIRE(steps.size() == 1 + 3 + 2);
  CHECK(steps[1].url == "outils/essai/s2.html");
  CHECK(steps[2].url == "outils/essai/s2-2.html");
  CHECK(steps[3].url == "outils/essai/s2-3.html");
  for (int i = 1; i <= 3; ++i) CHECK(steps[i].count == 14);
  CHECK(steps[3].first == 28);
  CHECK(steps[3].part == 3);
  CHECK(steps[4].count == 8);
  CHECK(steps[5].count == 8);
  for (const auto& step : steps) CHECK(step.count <= render::kQuestionsPerStep);
}

TEST_CASE("anchors lead to the step page that holds them") {
  auto pages = render::form_anchor_pages(bank_with({2, 42}), "outils/essai.html");
  CHECK(pages.at("s-s1") == "outils/essai/s1.html");
  CHECK(pages.at("s-s2") == "outils/essai/s2.html");  // a section's anchor is on its first part
  CHECK(pages.at("q-q2") == "outils/essai/s1.html");
  CHECK(pages.at("q-q3") == "outils/essai/s2.html");
  CHECK(pages.at("q-q17") == "outils/essai/s2-2.html");
  CHECK(pages.at("q-q44") == "outils/essai/s2-3.html");
  CHECK(render::form_anchor_pages(bank_with({3}), "outils/essai.html").empty());
}

TEST_CASE("a question keeps its fieldset, legend and labels, and no wrapper beyond them") {
  render::LinkResolver none = [](const std::string&) { return std::optional<std::string>(); };
  ojson q = {{"id", "usage"}, {"text", "L'usage est-il défini ?"}, {"type", "yesno"},
             {"help", "Une aide en **un** paragraphe."}, {"source", {{"ref", "critère 1"}}},
             {"show_if", "x == 'oui'"}};
  std::string html = test_support::render_template("tools/question", render::question_data(compiled_question(q), 7, "outils/essai/s1.html", none));
  CHECK(html.rfind("<fieldset class=\"question\" id=\"q-usage\" data-question=\"usage\" data-number=\"7\"", 0) == 0);
  CHECK(html.find("<legend>7. L&#39;usage est-il défini ?</legend>") != std::string::npos);
  CHECK(count(html, "<label class=\"choice\"><input type=\"radio\" name=\"usage\"") == 2);
  CHECK(html.find("aria-describedby=\"hint-usage\"") != std::string::npos);
  // One paragraph of help holds the help and its source: no element per part.
  CHECK(html.find("<p>Une aide en <strong>un</strong> paragraphe. Source : critère 1.</p>") != std::string::npos);
  CHECK(count(html, "<div") == 0);
  CHECK(count(html, "<p") == 2);  // the hint and the help

  ojson number = {{"id", "pue"}, {"text", "PUE"}, {"type", "number"}, {"unit", "PUE"}, {"min", 1}, {"max", 5}};
  html = test_support::render_template("tools/question", render::question_data(compiled_question(number), 2, "outils/essai/s1.html", none));
  CHECK(html.find("<label for=\"f-pue\">2. PUE</label>") != std::string::npos);
  CHECK(html.find("<input type=\"number\" id=\"f-pue\" name=\"pue\" inputmode=\"decimal\" min=\"1\" max=\"5\" step=\"any\" aria-describedby=\"hint-pue\">") != std::string::npos);
}

TEST_CASE("a Markdown snippet of several blocks is not squeezed into a paragraph") {
  render::LinkResolver none = [](const std::string&) { return std::optional<std::string>(); };
  auto one = render::render_inline_snippet("Un *seul* paragraphe.", "x.html", none);
  CHECK(one.inline_ok);
  CHECK(one.html == "Un <em>seul</em> paragraphe.");
  auto two = render::render_inline_snippet("Un.\n\nDeux.", "x.html", none);
  CHECK_FALSE(two.inline_ok);
  CHECK(two.html == "<p>Un.</p>\n<p>Deux.</p>\n");
  auto list = render::render_inline_snippet("- a\n- b", "x.html", none);
  CHECK_FALSE(list.inline_ok);
}
