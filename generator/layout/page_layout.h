#pragma once
// The layout stage: turns rendered pages into full HTML documents with the templates (base
// layout, navigation, breadcrumbs, table of contents, previous/next). All links are relative.
#include <map>
#include <string>
#include <vector>

#include "layout/menu.h"
#include "layout/site_texts.h"
#include "layout/navigation.h"
#include "templating/templates.h"
#include "model/site_model.h"

namespace layout {

// The layout stage fills templates with these (templating/templates.h).
using templating::Data;
using templating::List;
using templating::Templates;

struct ToolLink {
  std::string id, title, description, url;
  bool in_menu = true;  // false: listed on the tools index and the site map, not in every tool page's menu
};

/// Everything about the site that every page's layout needs, computed once.
struct SiteContext {
  const model::Site* site = nullptr;
  const Navigation* nav = nullptr;
  std::vector<ToolLink> tools;
  std::string csp;
  std::string title, tagline, footer, logo;
  std::vector<std::pair<std::string, std::string>> footer_links;  // label, site-root url
  std::map<int, const NavNode*> node_of;  // page → its node (for chapter listings)
  MenuPlan menu;  // which menu each page shows (layout/menu.h)
  SiteWords words;  // templates/site-texts.mustache's texts every page uses
  // Each menu state rendered once, with kRootMark where each page puts its root prefix.
  std::vector<std::string> nav_html;
};

/// Stands for the page's root prefix in the cached navigation.
constexpr char kRootMark = '\x01';

SiteContext make_site_context(const model::Site& site, const Navigation& nav,
                              std::vector<ToolLink> tools, const Templates& templates,
                              std::vector<std::string>& unknown);

/// The data every page shares (root, site, navigation with the current entry, CSP, footer,
/// scripts). `current_page` is the page's index, or -1 for generated pages; `current_url` marks
/// the current entry in the navigation for tools.
Data base_data(const SiteContext& ctx, const std::string& url, const std::string& title,
               const std::string& description, int current_page);

/// The tool a step page belongs to: outils/<id>/….html and outils/<id>-….html are steps of
/// outils/<id>.html (the longest such id wins: "grille-7-criteres.html" is not a step of
/// "grille"). nullptr for any other page, the tool's own page included.
const ToolLink* owning_tool(const SiteContext& ctx, const std::string& url);

/// Renders template `main_template` with `data` and wraps it in the base layout.
std::string render_document(const SiteContext& ctx, Data& data, const std::string& main_template,
                            const Templates& templates, std::vector<std::string>& unknown);

/// The full HTML document of page `index`.
std::string render_page(const SiteContext& ctx, int index, const Templates& templates,
                        std::vector<std::string>& unknown);

/// Minutes of reading: the front matter's, else words / 200 rounded up.
int reading_minutes(const model::Page& page);

}  // namespace layout
