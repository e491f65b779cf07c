#include "site/site_extras.h"

#include <algorithm>
#include <map>
#include <regex>

#include "index/site_search.h"
#include "render/html.h"
#include "render/markdown.h"
#include "render/slug.h"

namespace site {

namespace {

std::string sort_key(const std::string& label) { return render::slugify(label); }

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
    d.set("href", render::relative_url("plan-du-site.html", site.pages[node.page].url));
    d.set("depth", std::to_string(std::min(depth, 2)));
    list.push_back(d);
  }
  for (const auto& child : node.children) add_sitemap_entries(site, child, depth + 1, list);
}

}  // namespace

void add_special_pages(const model::Site& site, const layout::Navigation& nav,
                       const layout::SiteContext& ctx, const layout::Templates& templates,
                       output::OutputTree& tree, std::vector<std::string>& unknown) {
  {
    layout::Data data = layout::base_data(ctx, "404.html", "Page introuvable",
                                          "Cette page n'existe pas.", -1);
    tree.files["404.html"] = layout::render_document(ctx, data, "404", templates, unknown);
  }
  {
    layout::Data data = layout::base_data(ctx, "plan-du-site.html", "Plan du site",
                                          "Toutes les pages et tous les outils du guide.", -1);
    layout::List pages;
    if (nav.home >= 0) {
      layout::Data d;
      d.set("label", "Accueil");
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
  {
    // The A–Z topic index: every page title and section heading, for readers without JavaScript.
    struct Entry {
      std::string key, label, href, page;
    };
    std::vector<Entry> entries;
    for (const model::Page& p : site.pages) {
      const std::string href = render::relative_url("recherche.html", p.url);
      entries.push_back({sort_key(p.title), p.title, href, p.title});
      for (const model::Heading& h : p.headings) {
        if (h.level == 2) entries.push_back({sort_key(h.text), h.text, href + "#" + h.id, p.title});
      }
    }
    for (const auto& t : ctx.tools) entries.push_back({sort_key(t.title), t.title, t.url, "outil"});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.key < b.key; });
    // Entries are written as HTML here rather than as template data: a large site has tens of
    // thousands of them, and template data would hold each one several times over.
    layout::List letters;
    std::string current, items;
    auto flush = [&] {
      if (items.empty()) return;
      layout::Data l;
      l.set("letter", current == "#" ? std::string("0–9") : current);
      l.set("letter_id", current == "#" ? std::string("chiffres") : current);
      l.set("entries_html", items);
      letters.push_back(l);
      items.clear();
    };
    for (const Entry& e : entries) {
      std::string letter = e.key.empty() ? "#" : std::string(1, static_cast<char>(std::toupper(e.key[0])));
      if (letter[0] >= '0' && letter[0] <= '9') letter = "#";
      if (letter != current) {
        flush();
        current = letter;
      }
      items += "<li><a href=\"" + render::escape_html(e.href) + "\">" + render::escape_html(e.label) +
               "</a> <span class=\"topic-index__page\">(" + render::escape_html(e.page) + ")</span></li>\n";
    }
    flush();
    layout::Data data = layout::base_data(ctx, "recherche.html", "Recherche",
                                          "Chercher dans le guide, ou parcourir l'index des sujets.", -1);
    data.set("letters", letters);
    tree.files["recherche.html"] = layout::render_document(ctx, data, "search", templates, unknown);
  }
}

size_t add_search_index(model::Site& site, const std::vector<Tool>& tools,
                        output::OutputTree& tree) {
  std::vector<search::SearchSection> sections;
  for (model::Page& p : site.pages) {
    for (model::PageSection& s : p.sections) {
      sections.push_back({p.title, s.heading_text,
                          s.heading_id.empty() ? p.url : p.url + "#" + s.heading_id,
                          std::move(s.text)});  // the last stage that reads it
    }
  }
  // Each bank section is its own search document, so that a search for "biométrie" leads to
  // the criterion's questions (the section's anchor), not just to the top of the tool.
  for (const Tool& t : tools) {
    if (!t.bank) {
      sections.push_back({t.title, "", t.url, t.description});
      continue;
    }
    const auto& bank = t.bank->doc.value;
    sections.push_back({t.title, "", t.url, t.description + " " + bank.value("intro", std::string())});
    for (const auto& section : bank.value("sections", nlohmann::ordered_json::array())) {
      std::string text = section.value("intro", std::string());
      for (const char* list : {"questions", "clauses"}) {
        for (const auto& item : section.value(list, nlohmann::ordered_json::array())) {
          for (const char* field : {"text", "title", "body", "help", "expected"}) {
            auto it = item.find(field);
            if (it != item.end() && it->is_string()) text += " " + it->get<std::string>();
          }
        }
      }
      sections.push_back({t.title, section.value("title", std::string()),
                          tool_page_for(t, "s-" + section.value("id", std::string())) + "#s-" +
                              section.value("id", std::string()), text});
    }
  }
  const size_t count = sections.size();
  tree.pieced_files["assets/search-index.js"] = search::site_search_script(std::move(sections));
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
    tree.copies.emplace_back(load::join_path(options.assets_dir, rel), "assets/" + rel);
  }
  if (!options.wasm_module.empty()) tree.copies.emplace_back(options.wasm_module, "assets/guide-core.js");

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
    for (const std::string& u : urls) xml += "  <url><loc>" + render::escape_html(root + u) + "</loc></url>\n";
    xml += "</urlset>\n";
    tree.files["sitemap.xml"] = xml;
  }
}

}  // namespace site
