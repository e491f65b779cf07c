#include "render/question_html.h"

#include <regex>

#include <vector>

#include "core/question_types.h"
#include "text/html.h"
#include "text/site_url.h"

namespace render {

namespace {

using core::AnswerShape;
using templating::Data;
using templating::List;

// The hint under the question's label, referenced by aria-describedby: its parts in order.
List hint_parts(const core::Question& q) {
  List parts;
  auto part = [&parts](bool conditional, const std::string& unit, const std::string& expected,
                       const std::string& proof) {
    Data p;
    p.set("first", parts.empty());
    p.set("is_conditional", conditional);
    p.set("unit", templating::text_or_false(unit));
    p.set("expected", templating::text_or_false(expected));
    p.set("proof", templating::text_or_false(proof));
    parts.push_back(p);
  };
  if (!q.show_if_source.empty()) part(true, "", "", "");
  if (!q.unit.empty()) part(false, q.unit, "", "");
  if (!q.expected.empty()) part(false, "", q.expected, "");
  if (!q.proof.empty()) part(false, "", "", q.proof);
  return parts;
}

// Help, guide link and source: one paragraph when the help is one paragraph (most are).
void help_data(Data& data, const core::Question& q, const std::string& page_url, const LinkResolver& resolve) {
  const bool has_tail = !q.guide.empty() || !q.source_ref.empty();
  data.set("has_help", !q.help.empty() || has_tail);
  InlineSnippet text = q.help.empty() ? InlineSnippet{"", true} : render_inline_snippet(q.help, page_url, resolve);
  data.set("help_inline", text.inline_ok);
  data.set("help_space", !text.html.empty() && has_tail);
  data.set("help_html", text.html);
  data.set("has_tail", has_tail);
  if (q.guide.empty()) {
    data.set("guide", false);
  } else {
    Data guide;
    guide.set("href", content_link(q.guide, page_url, resolve));
    data.set("guide", guide);
  }
  data.set("source", templating::text_or_false(q.source_ref));
}

Data red_line_data(const core::Question& q, const std::string& page_url, const LinkResolver& resolve) {
  if (!q.has_red_line) return Data(false);
  InlineSnippet text = render_inline_snippet(q.red_line_message, page_url, resolve);
  Data red_line;
  red_line.set("inline", text.inline_ok);
  red_line.set("message_html", text.html);
  return red_line;
}

// A number as written, or false when absent.
Data number_or_false(const core::ojson& n) { return n.is_null() ? Data(false) : Data(n.dump()); }

}  // namespace

InlineSnippet render_inline_snippet(const std::string& markdown, const std::string& page_url,
                                    const LinkResolver& resolve) {
  std::string html = render_snippet(markdown, page_url, resolve);
  while (!html.empty() && html.back() == '\n') html.pop_back();
  const bool one_paragraph = html.size() >= 7 && html.compare(0, 3, "<p>") == 0 &&
                             html.compare(html.size() - 4, 4, "</p>") == 0 &&
                             html.find("<p>", 3) == std::string::npos;
  if (one_paragraph) return {html.substr(3, html.size() - 7), true};
  return {html + "\n", false};
}

std::string content_link(const std::string& target, const std::string& page_url,
                         const LinkResolver& resolve) {
  size_t hash = target.find('#');
  // A tool's anchor may live on one of its step pages: the full target is asked first.
  std::optional<std::string> url = hash == std::string::npos ? std::nullopt : resolve(target);
  if (!url) url = resolve(target.substr(0, hash));
  if (!url) return "#";
  return text::relative_url(page_url, *url) + (hash == std::string::npos ? "" : target.substr(hash));
}

// The boussole's own number of a question taken from it, so that a reader can cross-check: its
// source reference reads exactly "critère N, question M", optionally with a remark in brackets
// ("(reformulée)"); a question the guide added or adapted says more, and shows none.
static std::string boussole_number(const std::string& source_ref) {
  static const std::regex pattern(R"(^critère [0-9]+, question ([0-9]+)( \([^)]*\))?$)");
  std::smatch m;
  if (!std::regex_match(source_ref, m, pattern) || source_ref.find("ajout") != std::string::npos) return "";
  return m[1].str();
}

Data question_data(const core::Question& q, int number, const std::string& page_url,
                   const LinkResolver& resolve) {
  const bool grouped = core::answered_by_choice(q.answer);
  Data data;
  data.set("id", q.id);
  data.set("number", std::to_string(number));
  data.set("text", q.text);
  // The public id (content/data/identifiants-publics.yaml) when the site gives them, the number
  // in the bank otherwise; then, for a question of the boussole, its number there.
  data.set("public_ref", templating::text_or_false(q.public_ref));
  const std::string boussole = boussole_number(q.source_ref);
  data.set("boussole", templating::text_or_false(boussole));
  data.set("box", grouped ? "fieldset" : "div");
  data.set("grouped", grouped);
  data.set("conditional", !q.show_if_source.empty());
  List hint = hint_parts(q);
  data.set("has_hint", !hint.empty());
  data.set("hint_parts", hint);
  List choices;
  if (grouped) {
    for (const core::Choice& c : q.choices) {
      Data choice;
      choice.set("input", q.answer == AnswerShape::several_choices ? "checkbox" : "radio");
      choice.set("value", c.id);
      choice.set("label", c.label);
      choices.push_back(choice);
    }
  }
  data.set("choices", choices);
  data.set("is_number", q.answer == AnswerShape::number);
  data.set("min", number_or_false(q.min_number));
  data.set("max", number_or_false(q.max_number));
  data.set("step", number_or_false(q.step_number));
  data.set("is_text", q.answer == AnswerShape::text);
  data.set("red_line", red_line_data(q, page_url, resolve));
  help_data(data, q, page_url, resolve);
  return data;
}

}  // namespace render
