#include "render/question_html.h"

#include <vector>

#include "render/html.h"

namespace render {

namespace {

using core::QuestionType;

// The hint under the question's label, referenced by aria-describedby; empty when nothing to say.
std::string hint_text(const core::Question& q) {
  std::vector<std::string> parts;
  if (!q.show_if_source.empty()) parts.push_back("Question conditionnelle : elle ne s'applique que selon vos réponses précédentes.");
  if (!q.unit.empty()) parts.push_back("Unité : " + escape_html(q.unit) + ".");
  if (!q.expected.empty()) parts.push_back("Réponse attendue : " + escape_html(q.expected));
  if (!q.proof.empty()) parts.push_back("Moyen de preuve : " + escape_html(q.proof));
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? " " : "") + parts[i];
  return out;
}

// Help, guide link and source in one paragraph when the help is one paragraph (most are).
std::string help_html(const core::Question& q, const std::string& page_url, const LinkResolver& resolve) {
  const std::string& help = q.help;
  const std::string& guide = q.guide;
  const std::string& source = q.source_ref;
  if (help.empty() && guide.empty() && source.empty()) return "";
  std::string tail;
  if (!guide.empty()) tail += "<a href=\"" + escape_html(content_link(guide, page_url, resolve)) + "\">Ce que le guide en dit</a>.";
  if (!source.empty()) tail += std::string(tail.empty() ? "" : " ") + "Source : " + escape_html(source) + ".";
  std::string out = "<details class=\"help\"><summary>Aide et source</summary>";
  InlineSnippet text = help.empty() ? InlineSnippet{"", true} : render_inline_snippet(help, page_url, resolve);
  if (text.inline_ok) {
    out += "<p>" + text.html + (text.html.empty() || tail.empty() ? "" : " ") + tail + "</p>";
  } else {
    out += text.html;
    if (!tail.empty()) out += "<p>" + tail + "</p>";
  }
  return out + "</details>\n";
}

std::string red_line_html(const core::Question& q, const std::string& page_url, const LinkResolver& resolve) {
  if (!q.has_red_line) return "";
  InlineSnippet text = render_inline_snippet(q.red_line_message, page_url, resolve);
  const std::string open = "<strong>Ligne rouge :</strong> ";
  if (text.inline_ok) return "<p class=\"red-line-note\">" + open + text.html + "</p>\n";
  return "<div class=\"red-line-note\"><p>" + open + "</p>" + text.html + "</div>\n";
}

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
  return relative_url(page_url, *url) + (hash == std::string::npos ? "" : target.substr(hash));
}

std::string question_html(const core::Question& q, int number, const std::string& page_url,
                          const LinkResolver& resolve) {
  const std::string& id = q.id;
  const bool grouped = q.type == QuestionType::yesno || q.type == QuestionType::choice || q.type == QuestionType::multi;
  const std::string hint = hint_text(q);
  const std::string describedby = hint.empty() ? "" : " aria-describedby=\"hint-" + id + "\"";
  const std::string label = std::to_string(number) + ". " + escape_html(q.text);
  const char* box = grouped ? "fieldset" : "div";
  std::string out = std::string("<") + box + " class=\"question\" id=\"q-" + id + "\" data-question=\"" + id +
                    "\" data-number=\"" + std::to_string(number) + "\"";
  if (!q.show_if_source.empty()) out += " data-conditional=\"true\"";
  if (grouped) out += describedby;
  out += ">\n";
  out += grouped ? "<legend>" + label + "</legend>\n" : "<label for=\"f-" + id + "\">" + label + "</label>\n";
  if (!hint.empty()) out += "<p class=\"hint\" id=\"hint-" + id + "\">" + hint + "</p>\n";
  if (grouped) {
    const char* input = q.type == QuestionType::multi ? "checkbox" : "radio";
    for (const core::Choice& c : q.choices) {
      out += "<label class=\"choice\"><input type=\"" + std::string(input) + "\" name=\"" + id + "\" value=\"" +
             escape_html(c.id) + "\"> " + escape_html(c.label) + "</label>\n";
    }
  } else if (q.type == QuestionType::number) {
    // forms-questions.js adds the range error (err-<id>) before the field when there is one.
    out += "<input type=\"number\" id=\"f-" + id + "\" name=\"" + id + "\" inputmode=\"decimal\"";
    const std::pair<const char*, const core::ojson*> bounds[] = {
        {"min", &q.min_number}, {"max", &q.max_number}, {"step", &q.step_number}};
    for (const auto& [k, v] : bounds) {
      if (!v->is_null()) out += std::string(" ") + k + "=\"" + v->dump() + "\"";
    }
    if (q.step_number.is_null()) out += " step=\"any\"";
    out += describedby + ">\n";
  } else {
    out += "<textarea id=\"f-" + id + "\" name=\"" + id + "\" rows=\"3\"" + describedby + "></textarea>\n";
  }
  out += red_line_html(q, page_url, resolve);
  out += help_html(q, page_url, resolve);
  return out + "</" + box + ">\n";
}

}  // namespace render
