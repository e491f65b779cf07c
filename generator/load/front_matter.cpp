#include "load/front_matter.h"

#include <algorithm>
#include <string_view>

#include "load/yaml_json.h"
#include "load/unknown_members.h"

namespace load {

namespace {

const std::vector<std::string> kKeys = {"title",    "description",  "order",     "audience", "draft",
                                        "reading_time", "nav_title", "layout", "nav", "start",
                                        "search_weight"};
const std::vector<std::string> kAudiences = {"acheteur", "chef-de-projet", "dsi", "referent-nr"};
const std::vector<std::string> kLayouts = {"page", "calculator", "search"};

// Index just after the line that closes the front matter ("---" or "..."), or npos.
size_t find_closing(std::string_view text, size_t from, int& closing_line, int first_line) {
  int line = first_line;
  size_t pos = from;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view l = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (l == "---" || l == "...") {
      closing_line = line;
      return end == std::string_view::npos ? text.size() : end + 1;
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
    ++line;
  }
  return std::string_view::npos;
}

bool expect_string(const YamlDocument& doc, const std::string& key, std::string& out,
                   diag::Diagnostics& diags) {
  const auto& v = doc.value[key];
  if (!v.is_string() || v.get<std::string>().empty()) {
    diags.error(doc.position("/" + key), "'" + key + "' must be a non-empty text");
    return false;
  }
  out = v.get<std::string>();
  return true;
}

// `start: [{label: …, link: "@/…"}, …]`: the buttons under the page's lead.
bool read_start_links(const YamlDocument& doc, model::Page& page, diag::Diagnostics& diags) {
  const auto& list = doc.value["start"];
  const char* const shape = "start: [{label: \"Acheteur public\", link: \"@/parcours/acheteur.md\"}, …]";
  if (!list.is_array()) {
    diags.error(doc.position("/start"), "'start' must be a list of buttons", {shape});
    return false;
  }
  bool ok = true;
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string at = "/start/" + std::to_string(i);
    const auto& item = list[i];
    if (!item.is_object()) {
      diags.error(doc.position(at), "a start button is a 'label' and a 'link'", {shape});
      ok = false;
      continue;
    }
    if (report_unknown_members(doc, item, at, {"label", "link"}, diags, {"key", " in a start button"}) > 0)
      ok = false;
    model::StartLink link;
    for (auto [key, out] : {std::pair<const char*, std::string*>{"label", &link.label}, {"link", &link.target}}) {
      auto v = item.find(key);
      if (v == item.end() || !v->is_string() || v->get<std::string>().empty()) {
        diags.error(doc.position(v == item.end() ? at : at + "/" + key),
                    std::string("a start button needs a '") + key + "' (a non-empty text)", {shape});
        ok = false;
      } else {
        *out = v->get<std::string>();
      }
    }
    if (!link.target.empty() && link.target.compare(0, 2, "@/") != 0 &&
        link.target.compare(0, 7, "@outil/") != 0) {
      diags.error(doc.position(at + "/link"), "a start button leads to a page or a tool of the guide",
                  {"write its link \"@/folder/page.md\" or \"@outil/id\""});
      ok = false;
    }
    link.pos = doc.position(at + "/link");
    page.start.push_back(std::move(link));
  }
  return ok;
}

}  // namespace

bool read_page(std::string raw, model::Page& page, diag::Diagnostics& diags) {
  std::string_view text = raw;  // a view: a large site's pages are not copied once more
  size_t bom = 0;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(bom = 3);  // a BOM is harmless: drop it
  const diag::SourcePos file_start{page.file, 1, 1};
  if (text.compare(0, 4, "---\n") != 0 && text.compare(0, 5, "---\r\n") != 0) {
    diags.error(file_start, "missing front matter",
                {"a page starts with a line '---', then at least 'title:' (and best "
                 "'description:'), then a closing '---'"});
    return false;
  }
  size_t yaml_start = text.find('\n') + 1;
  int closing_line = 0;
  size_t body_start = find_closing(text, yaml_start, closing_line, 2);
  if (body_start == std::string::npos) {
    diags.error(file_start, "front matter is not closed", {"add a line '---' after the last key"});
    return false;
  }
  size_t closing_start = text.rfind('\n', body_start - 2);
  std::string yaml(text.substr(yaml_start, closing_start + 1 - yaml_start));
  YamlDocument doc = parse_yaml(page.file, yaml, diags, 2);
  if (!doc.ok) return false;
  if (!doc.value.is_object()) {
    diags.error({page.file, 2, 1}, "front matter must be a list of 'key: value' lines");
    return false;
  }
  // The body is the file's own buffer minus its head: no second allocation of every page's text.
  page.markdown = std::move(raw);
  page.markdown.erase(0, bom + body_start);
  page.body_line = closing_line + 1;

  bool ok = true;
  report_unknown_members(doc, doc.value, "", kKeys, diags,
                         {"front-matter key", " (ignored)", {}, diag::Severity::warning});
  if (!doc.value.contains("title")) {
    diags.error({page.file, 2, 1}, "missing 'title' in front matter");
    ok = false;
  } else {
    ok &= expect_string(doc, "title", page.title, diags);
  }
  if (!doc.value.contains("description")) {
    // Hugo, Zola and MkDocs build such a page too; the orchestrator takes its first paragraph.
    diags.warning({page.file, 2, 1}, "missing 'description' in front matter: the first paragraph "
                                     "stands in for it",
                  {"add one sentence: it is the lead under the title, the text in chapter listings "
                   "and the meta description"});
  } else {
    ok &= expect_string(doc, "description", page.description, diags);
  }
  if (doc.value.contains("nav_title")) ok &= expect_string(doc, "nav_title", page.nav_title, diags);
  if (doc.value.contains("layout")) {
    if (expect_string(doc, "layout", page.layout, diags) &&
        std::find(kLayouts.begin(), kLayouts.end(), page.layout) == kLayouts.end()) {
      diags.error(doc.position("/layout"), "unknown layout '" + page.layout + "'",
                  {"known layouts: page, calculator, search"});
      ok = false;
    }
  }
  if (doc.value.contains("order")) {
    const auto& v = doc.value["order"];
    if (!v.is_number_integer()) {
      diags.error(doc.position("/order"), "'order' must be a whole number");
      ok = false;
    } else {
      page.order = v.get<int>();
    }
  }
  if (doc.value.contains("draft")) {
    const auto& v = doc.value["draft"];
    if (!v.is_boolean()) {
      diags.error(doc.position("/draft"), "'draft' must be true or false");
      ok = false;
    } else {
      page.draft = v.get<bool>();
    }
  }
  if (doc.value.contains("nav")) {
    const auto& v = doc.value["nav"];
    if (!v.is_boolean()) {
      diags.error(doc.position("/nav"), "'nav' must be true or false");
      ok = false;
    } else {
      page.in_nav = v.get<bool>();
    }
  }
  if (doc.value.contains("search_weight")) {
    const auto& v = doc.value["search_weight"];
    if (!v.is_number() || !(v.get<double>() > 0) || v.get<double>() > 10) {
      diags.error(doc.position("/search_weight"),
                  "'search_weight' must be a number above 0 and at most 10",
                  {"1 is the default; 0.2 ranks the page's sections as if they matched five times "
                   "less (statements: privacy, accessibility, legal notice)"});
      ok = false;
    } else {
      page.search_weight = v.get<double>();
    }
  }
  if (doc.value.contains("reading_time")) {
    const auto& v = doc.value["reading_time"];
    if (!v.is_number_integer() || v.get<long long>() < 1 || v.get<long long>() > 600) {
      diags.error(doc.position("/reading_time"), "'reading_time' must be a number of minutes (1–600)");
      ok = false;
    } else {
      page.reading_time = v.get<int>();
    }
  }
  if (doc.value.contains("start")) ok &= read_start_links(doc, page, diags);
  if (doc.value.contains("audience")) {
    const auto& v = doc.value["audience"];
    if (!v.is_array()) {
      diags.error(doc.position("/audience"), "'audience' must be a list, e.g. [acheteur, dsi]");
      ok = false;
    } else {
      for (size_t i = 0; i < v.size(); ++i) {
        const std::string pointer = "/audience/" + std::to_string(i);
        std::string name = v[i].is_string() ? v[i].get<std::string>() : "";
        if (std::find(kAudiences.begin(), kAudiences.end(), name) == kAudiences.end()) {
          std::vector<std::string> notes = {"audiences: acheteur, chef-de-projet, dsi, referent-nr"};
          std::string guess = diag::closest_match(name, kAudiences);
          if (!guess.empty()) notes.insert(notes.begin(), "did you mean '" + guess + "'?");
          diags.error(doc.position(pointer), "unknown audience '" + name + "'", notes);
          ok = false;
        } else {
          page.audience.push_back(name);
        }
      }
    }
  }
  return ok;
}

}  // namespace load
