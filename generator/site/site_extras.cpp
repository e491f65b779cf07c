#include "site/site_extras.h"

#include <algorithm>
#include <map>
#include <regex>

#include "index/site_search.h"
#include "layout/site_texts.h"
#include "parallel/parallel_for.h"
#include "templating/row_template.h"
#include "text/html.h"
#include "render/markdown.h"
#include "render/slug.h"
#include "text/site_url.h"

namespace site {

namespace {

// The A–Z position of a title: its slug without a leading French article, so that "Le coût
// énergétique" is found under C, as in a printed index.
std::string sort_key(const std::string& label) {
  std::string key = render::slugify(label);
  for (const char* article : {"le-", "la-", "les-", "l-", "un-", "une-", "des-", "du-", "d-"}) {
    const size_t n = std::char_traits<char>::length(article);
    if (key.size() > n && key.compare(0, n, article) == 0) return key.substr(n);
  }
  return key;
}

// One stylesheet per page instead of three (screen, colour tokens, print): each request costs
// more than the few KB of print rules it would save (RGESN 6.x, EcoIndex counts requests).
constexpr const char* kScreenCss = "css/site.css";
constexpr const char* kPrintCss = "css/print.css";

std::string read_asset(const load::FileSystem& fs, const BuildOptions& options, const char* rel,
                       diag::Diagnostics& diags) {
  const std::string path = load::join_path(options.assets_dir, rel);
  std::string text, error;
  if (fs.is_file(path) && !fs.read(path, text, error)) diags.error({path, 0, 0}, error);
  return text;
}

// site.css, then the colour tokens (so they win over its defaults), then print.css scoped to
// print: @page rules and their margin boxes are valid inside @media print.
std::string bundle_stylesheet(const load::FileSystem& fs, const BuildOptions& options,
                              const std::string& theme, diag::Diagnostics& diags) {
  std::string css = read_asset(fs, options, kScreenCss, diags);
  if (!css.empty() && css.back() != '\n') css += '\n';
  css += "/* Colour tokens from site.yaml */\n" + theme;
  const std::string print = read_asset(fs, options, kPrintCss, diags);
  if (!print.empty()) css += "@media print {\n" + print + (print.back() == '\n' ? "" : "\n") + "}\n";
  return css;
}

void add_sitemap_entries(const model::Site& site, const layout::NavNode& node, int depth,
                         layout::List& list) {
  if (node.page >= 0) {
    layout::Data d;
    d.set("label", node.label);
    d.set("href", text::relative_url("plan-du-site.html", site.pages[node.page].url));
    d.set("depth", std::to_string(std::min(depth, 2)));
    list.push_back(d);
  }
  for (const auto& child : node.children) add_sitemap_entries(site, child, depth + 1, list);
}

}  // namespace

namespace {

// The A–Z topic index, for readers without JavaScript (RGAA 12.1, a second way to find a page):
// every page title and level-2 heading, one page per initial letter (sujets/a.html…), so that
// each page stays light whatever the size of the guide; recherche.html lists the letters.
struct TopicEntry {
  std::string key, label, url;  // url: from the site root
  uint32_t page;                // its page's position (the tools: one past the last page)
};

struct TopicLetter {
  std::string label, id;             // "A", "a" / "0–9", "chiffres"
  std::vector<uint32_t> entries;     // positions in the sorted entries
};

std::vector<TopicLetter> group_by_letter(const std::vector<TopicEntry>& entries,
                                         const std::vector<uint32_t>& order) {
  std::vector<TopicLetter> letters;
  for (uint32_t i : order) {
    const std::string& key = entries[i].key;
    const char c = key.empty() ? '#' : key[0];
    const bool alpha = c >= 'a' && c <= 'z';
    const std::string id = alpha ? std::string(1, c) : "chiffres";
    if (letters.empty() || letters.back().id != id)
      letters.push_back({alpha ? std::string(1, static_cast<char>(c - 'a' + 'A')) : "0–9", id, {}});
    letters.back().entries.push_back(i);
  }
  return letters;
}

layout::List letter_links(const std::vector<TopicLetter>& letters, const std::string& from_url,
                          const std::string& current_id) {
  layout::List list;
  for (const TopicLetter& l : letters) {
    layout::Data d;
    d.set("letter", l.label);
    d.set("href", text::relative_url(from_url, "sujets/" + l.id + ".html"));
    d.set("current", l.id == current_id);
    d.set("count", std::to_string(l.entries.size()));
    list.push_back(d);
  }
  return list;
}

void add_topic_index(const model::Site& site, const layout::SiteContext& ctx,
                     const layout::Templates& templates, output::OutputTree& tree,
                     std::vector<std::string>& unknown) {
  // Entries in page order; `page` is the position of the page's title in page_titles.
  std::vector<TopicEntry> entries;
  const std::string tool_label = site_text(templates, layout::SiteText::topic_tool, unknown);
  std::vector<std::string_view> page_titles(site.pages.size() + 1);
  for (size_t p = 0; p < site.pages.size(); ++p) {
    const model::Page& page = site.pages[p];
    page_titles[p] = page.title;
    entries.push_back({"", page.title, page.url, static_cast<uint32_t>(p)});
    for (const model::Heading& h : page.headings) {
      if (h.level == 2) entries.push_back({"", h.text, page.url + "#" + h.id, static_cast<uint32_t>(p)});
    }
  }
  page_titles.back() = tool_label;
  for (const auto& t : ctx.tools)
    entries.push_back({"", t.title, t.url, static_cast<uint32_t>(site.pages.size())});
  // Keys (a slug each) on every core, then the positions sorted by key, as entries are three
  // strings each; ties keep their page order. Two halves sorted side by side, then merged.
  parallel::for_each_index(parallel::worker_count(), [&](size_t k) {
    const auto [begin, end] = parallel::chunk_range(entries.size(), parallel::worker_count(), k);
    for (size_t i = begin; i < end; ++i) entries[i].key = sort_key(entries[i].label);
  });
  std::vector<uint32_t> order(entries.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto by_key = [&](uint32_t a, uint32_t b) {
    const int c = entries[a].key.compare(entries[b].key);
    return c != 0 ? c < 0 : a < b;
  };
  const auto middle = order.begin() + static_cast<std::ptrdiff_t>(order.size() / 2);
  parallel::for_each_index(2, [&](size_t half) {
    if (half == 0) std::sort(order.begin(), middle, by_key);
    else std::sort(middle, order.end(), by_key);
  }, order.size() < 4096 ? 3 : 2);
  std::inplace_merge(order.begin(), middle, order.end(), by_key);
  const std::vector<TopicLetter> letters = group_by_letter(entries, order);

  {
    layout::Data data = layout::base_data(ctx, "recherche.html", site_text(templates, layout::SiteText::search, unknown),
                                          site_text(templates, layout::SiteText::search_lead, unknown), -1);
    data.set("letters", letter_links(letters, "recherche.html", ""));
    tree.files["recherche.html"] = layout::render_document(ctx, data, "search", templates, unknown);
  }
  // Entries are drawn as rows of their partial (templating/row_template.h) rather than as
  // template data: a large site has tens of thousands of them, and template data would hold each
  // one several times over. Letters render in parallel.
  const templating::RowTemplate entry_row(templates, "topic-entry", {"href", "label", "page"}, unknown);
  std::vector<std::string> pages(letters.size());
  std::vector<std::vector<std::string>> unknown_per_letter(letters.size());
  parallel::for_each_index(letters.size(), [&](size_t k) {
    const TopicLetter& letter = letters[k];
    const std::string url = "sujets/" + letter.id + ".html";
    std::string items;
    for (uint32_t i : letter.entries) {
      const TopicEntry& e = entries[i];
      entry_row.append(items, {text::relative_url(url, e.url), e.label, page_titles[e.page]});
    }
    layout::Data values;
    values.set("letter", letter.label);
    layout::Data data = layout::base_data(
        ctx, url, site_text(templates, layout::SiteText::topics, unknown_per_letter[k], values),
        site_text(templates, layout::SiteText::topics_lead, unknown_per_letter[k], values), -1);
    data.set("letter", letter.label);
    data.set("letters", letter_links(letters, url, letter.id));
    data.set("entries_html", items);
    pages[k] = layout::render_document(ctx, data, "topics", templates, unknown_per_letter[k]);
  }, 4);
  for (size_t k = 0; k < letters.size(); ++k) {
    tree.files["sujets/" + letters[k].id + ".html"] = std::move(pages[k]);
    unknown.insert(unknown.end(), unknown_per_letter[k].begin(), unknown_per_letter[k].end());
  }
}

}  // namespace

void add_special_pages(const model::Site& site, const layout::Navigation& nav,
                       const layout::SiteContext& ctx, const layout::Templates& templates,
                       output::OutputTree& tree, std::vector<std::string>& unknown) {
  {
    layout::Data data = layout::base_data(ctx, "404.html", site_text(templates, layout::SiteText::not_found, unknown),
                                          site_text(templates, layout::SiteText::not_found_lead, unknown), -1);
    tree.files["404.html"] = layout::render_document(ctx, data, "404", templates, unknown);
  }
  {
    layout::Data data = layout::base_data(ctx, "plan-du-site.html", ctx.words.sitemap,
                                          site_text(templates, layout::SiteText::sitemap_lead, unknown), -1);
    layout::List pages;
    if (nav.home >= 0) {
      layout::Data d;
      d.set("label", ctx.words.home);
      d.set("href", "index.html");
      d.set("depth", "0");
      pages.push_back(d);
    }
    for (const auto& chapter : nav.chapters) add_sitemap_entries(site, chapter, 0, pages);
    for (int p : nav.outside) {
      layout::Data d;
      d.set("label", site.pages[p].nav_title.empty() ? site.pages[p].title : site.pages[p].nav_title);
      d.set("href", site.pages[p].url);
      d.set("depth", "0");
      pages.push_back(d);
    }
    for (const auto& tool : ctx.tools) {
      layout::Data d;
      d.set("label", "Outil : " + tool.title);
      d.set("href", tool.url);
      d.set("depth", "0");
      pages.push_back(d);
    }
    data.set("pages", pages);
    tree.files["plan-du-site.html"] = layout::render_document(ctx, data, "sitemap", templates, unknown);
  }
  add_topic_index(site, ctx, templates, tree, unknown);
}

size_t add_search_index(model::Site& site, const std::vector<model::Tool>& tools,
                        output::SiteWriter* writer) {
  std::vector<search::SearchSection> sections;
  for (model::Page& p : site.pages) {
    for (model::PageSection& s : p.sections) {
      sections.push_back({p.title, s.heading_text,
                          s.heading_id.empty() ? p.url : p.url + "#" + s.heading_id,
                          std::move(s.text), p.search_weight});  // the last stage that reads it
    }
  }
  // Each bank section is its own search document, so that a search for "biométrie" leads to
  // the criterion's questions (the section's anchor), not just to the top of the tool.
  for (const model::Tool& t : tools) {
    if (t.kind == model::ToolKind::calculator) {
      sections.push_back({t.title, "", t.url, t.description});
      continue;
    }
    const core::Bank& bank = t.bank;
    sections.push_back({t.title, "", t.url, t.description + " " + bank.intro});
    for (const core::Section& section : bank.sections) {
      // Every text a reader might search for: questions (text, help, expected answer), clauses
      // (title, body).
      std::string text = section.intro;
      auto add = [&text](const std::string& field, bool present) {
        if (present) text += " " + field;
      };
      for (int qi : section.questions) {
        const core::Question& q = bank.questions[qi];
        add(q.text, true);
        add(q.help, !q.help.empty());
        add(q.expected, !q.expected.empty());
      }
      for (const core::Clause& c : section.clauses) {
        add(c.title, true);
        add(c.body, true);
      }
      sections.push_back({t.title, section.title, tool_page_for(t, "s-" + section.id) + "#s-" + section.id, text});
    }
  }
  const size_t count = sections.size();
  std::vector<search::SearchSynonym> synonyms;
  for (const model::SearchSynonym& s : site.search_synonyms) synonyms.push_back({s.query, s.also});
  auto produce = [&](const output::Append& append) {
    search::write_site_search_script(std::move(sections), synonyms, append);
  };
  if (writer) writer->add_streamed("assets/search-index.js", produce);
  else produce([](std::string_view) {});
  return count;
}

void add_assets(const load::FileSystem& fs, const BuildOptions& options, const model::Site& site,
                output::OutputTree& tree, diag::Diagnostics& diags) {
  if (!fs.is_directory(options.assets_dir)) {
    diags.error({options.assets_dir, 0, 0}, "assets folder not found", {"pass --assets DIR"});
    return;
  }
  for (const std::string& rel : fs.list_files(options.assets_dir)) {
    if (rel == kScreenCss || rel == kPrintCss) continue;  // bundled below
    if (tree.files.count("assets/" + rel)) continue;        // written with its messages
    tree.copies.emplace_back(load::join_path(options.assets_dir, rel), "assets/" + rel);
  }
  if (!options.wasm_module.empty()) tree.copies.emplace_back(options.wasm_module, "assets/guide-core.js");
  if (!options.footprint_module.empty())
    tree.copies.emplace_back(options.footprint_module, "assets/guide-footprint.js");

  // Colour tokens from site.yaml (colors: {accent: "#1f4e8c"}); only plain colour values pass.
  std::string css = ":root {\n";
  auto colors = site.config.find("colors");
  if (colors != site.config.end() && colors->is_object()) {
    static const std::regex color_re("#[0-9a-fA-F]{3,8}|[a-z]+");
    for (const auto& kv : colors->items()) {
      std::string value = kv.value().is_string() ? kv.value().get<std::string>() : "";
      std::string name = kv.key();
      std::replace(name.begin(), name.end(), '_', '-');
      if (!std::regex_match(value, color_re) ||
          name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) {
        diags.error(site.config_doc.position("/colors/" + kv.key()),
                    "colour tokens take a CSS colour like \"#1f4e8c\"");
        continue;
      }
      css += "  --" + name + ": " + value + ";\n";
    }
  }
  css += "}\n";
  tree.files["assets/" + std::string(kScreenCss)] = bundle_stylesheet(fs, options, css, diags);

  // sitemap.xml needs absolute URLs, so it exists only when site.yaml gives base_url.
  auto base = site.config.find("base_url");
  if (base != site.config.end() && base->is_string()) {
    std::string root = base->get<std::string>();
    if (root.empty() || root.back() != '/') root += '/';
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    std::vector<std::string> urls;
    for (const model::Page& p : site.pages) urls.push_back(p.url);
    for (const auto& kv : tree.files) {
      if (kv.first.size() > 5 && kv.first.compare(kv.first.size() - 5, 5, ".html") == 0 &&
          kv.first != "404.html") {
        urls.push_back(kv.first);
      }
    }
    std::sort(urls.begin(), urls.end());
    for (const std::string& u : urls) xml += "  <url><loc>" + text::escape_html(root + u) + "</loc></url>\n";
    xml += "</urlset>\n";
    tree.files["sitemap.xml"] = xml;
  }
}

}  // namespace site
