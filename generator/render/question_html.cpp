#include "render/question_html.h"

#include <regex>

#include <vector>

#include "render/bank_json.h"
#include "render/html.h"

namespace render {

namespace {

using ojson = nlohmann::ordered_json;

std::vector<std::pair<std::string, std::string>> choices_of(const ojson& q) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const ojson& c : bank_list(q, "choices")) out.emplace_back(bank_text(c, "id"), bank_text(c, "label", bank_text(c, "id")));
  if (out.empty() && bank_text(q, "type") == "yesno") out = {{"oui", "Oui"}, {"non", "Non"}};
  return out;
}

std::string source_text(const ojson& q) {
  auto it = q.find("source");
  if (it == q.end() || !it->is_object()) return "";
  return bank_text(*it, "ref");
}

// The hint under the question's label, referenced by aria-describedby; empty when nothing to say.
std::string hint_text(const ojson& q) {
  std::vector<std::string> parts;
  if (!bank_text(q, "show_if").empty()) parts.push_back("Question conditionnelle : elle ne s'applique que selon vos réponses précédentes.");
  if (q.contains("unit")) parts.push_back("Unité : " + escape_html(bank_text(q, "unit")) + ".");
  if (q.contains("expected")) parts.push_back("Réponse attendue : " + escape_html(bank_text(q, "expected")));
  if (q.contains("proof")) parts.push_back("Moyen de preuve : " + escape_html(bank_text(q, "proof")));
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? " " : "") + parts[i];
  return out;
}

// Help, guide link and source in one paragraph when the help is one paragraph (most are).
std::string help_html(const ojson& q, const std::string& page_url, const LinkResolver& resolve) {
  const std::string help = bank_text(q, "help"), guide = bank_text(q, "guide"), source = source_text(q);
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

std::string red_line_html(const ojson& q, const std::string& page_url, const LinkResolver& resolve) {
  auto it = q.find("red_line");
  if (it == q.end() || !it->is_object()) return "";
  InlineSnippet text = render_inline_snippet(bank_text(*it, "message"), page_url, resolve);
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

// The boussole's own number of a question taken from it, so that a reader can cross-check: its
// source reference reads exactly "critère N, question M", optionally with a remark in brackets
// ("(reformulée)"); a question the guide added or adapted says more, and shows none.
static std::string boussole_number(const ojson& q) {
  static const std::regex pattern(R"(^critère [0-9]+, question ([0-9]+)( \([^)]*\))?$)");
  const auto source = q.find("source");
  if (source == q.end() || !source->is_object()) return "";
  const std::string ref = bank_text(*source, "ref");
  std::smatch m;
  if (!std::regex_match(ref, m, pattern) || ref.find("ajout") != std::string::npos) return "";
  return m[1].str();
}

std::string question_html(const ojson& q, int number, const std::string& page_url,
                          const LinkResolver& resolve) {
  const std::string id = bank_text(q, "id"), type = bank_text(q, "type", "text");
  const bool grouped = type == "yesno" || type == "choice" || type == "multi";
  const std::string hint = hint_text(q);
  const std::string describedby = hint.empty() ? "" : " aria-describedby=\"hint-" + id + "\"";
  // The public id (content/data/identifiants-publics.yaml) when the site gives them, the number
  // in the bank otherwise; then, for a question of the boussole, its number there.
  const std::string ref = bank_text(q, "ref"), boussole = boussole_number(q);
  std::string label = ref.empty() ? std::to_string(number) + ". " : "<span class=\"q-ref\">" + escape_html(ref) + "</span> ";
  label += escape_html(bank_text(q, "text"));
  if (!boussole.empty()) label += " <span class=\"q-source\">(boussole : question " + boussole + ")</span>";
  const char* box = grouped ? "fieldset" : "div";
  std::string out = std::string("<") + box + " class=\"question\" id=\"q-" + id + "\" data-question=\"" + id +
                    "\" data-number=\"" + std::to_string(number) + "\"";
  if (!bank_text(q, "show_if").empty()) out += " data-conditional=\"true\"";
  if (grouped) out += describedby;
  out += ">\n";
  out += grouped ? "<legend>" + label + "</legend>\n" : "<label for=\"f-" + id + "\">" + label + "</label>\n";
  if (!hint.empty()) out += "<p class=\"hint\" id=\"hint-" + id + "\">" + hint + "</p>\n";
  if (grouped) {
    const char* input = type == "multi" ? "checkbox" : "radio";
    for (const auto& c : choices_of(q)) {
      out += "<label class=\"choice\"><input type=\"" + std::string(input) + "\" name=\"" + id + "\" value=\"" +
             escape_html(c.first) + "\"> " + escape_html(c.second) + "</label>\n";
    }
  } else if (type == "number") {
    // forms-questions.js adds the range error (err-<id>) before the field when there is one.
    out += "<input type=\"number\" id=\"f-" + id + "\" name=\"" + id + "\" inputmode=\"decimal\"";
    for (const char* k : {"min", "max", "step"}) {
      if (q.contains(k) && q[k].is_number()) out += std::string(" ") + k + "=\"" + q[k].dump() + "\"";
    }
    if (!q.contains("step")) out += " step=\"any\"";
    out += describedby + ">\n";
  } else {
    out += "<textarea id=\"f-" + id + "\" name=\"" + id + "\" rows=\"3\"" + describedby + "></textarea>\n";
  }
  out += red_line_html(q, page_url, resolve);
  out += help_html(q, page_url, resolve);
  return out + "</" + box + ">\n";
}

}  // namespace render
