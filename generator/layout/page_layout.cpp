#include "layout/page_layout.h"

#include "layout/listing.h"
#include "layout/menu_html.h"
#include "render/markdown.h"
#include "text/typography.h"
#include "text/site_url.h"
#include "templating/data_moves.h"

namespace layout {

using templating::set_moved;

namespace {

const char* const kCsp =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'";

std::string config_string(const model::Site& site, const char* key, const std::string& fallback) {
  auto it = site.config.find(key);
  return it != site.config.end() && it->is_string() ? it->get<std::string>() : fallback;
}

// A page's `audience:` id as site.yaml's `audiences:` names it (the id itself when it does not).
std::string audience_label(const model::Site& site, const std::string& id) {
  auto audiences = site.config.find("audiences");
  if (audiences == site.config.end() || !audiences->is_object()) return id;
  auto label = audiences->find(id);
  return label != audiences->end() && label->is_string() ? label->get<std::string>() : id;
}

void mark_nodes(const NavNode& node, std::map<int, const NavNode*>& node_of) {
  if (node.page >= 0) node_of[node.page] = &node;
  for (const NavNode& child : node.children) mark_nodes(child, node_of);
}

}  // namespace

int reading_minutes(const model::Page& page) {
  if (page.reading_time > 0) return page.reading_time;
  return std::max(1, (page.word_count + 199) / 200);
}

namespace {

// The cached navigation for a page at `url`: root prefix filled in, its own entry marked current
// (aria-current="page"); on a tool's step page, the tool's entry is marked as the current item of
// the menu (aria-current="true": the link leads to the tool's first page, not to this one).
std::string page_nav(const SiteContext& ctx, const std::string& url, int state) {
  const std::string& cached = ctx.nav_html[state];
  const std::string root = text::root_prefix(url);
  std::string out;
  out.reserve(cached.size() + 1024);
  const ToolLink* owner = owning_tool(ctx, url);
  const std::string& marked = owner ? owner->url : url;
  const std::string current = "href=\"" + std::string(1, kRootMark) + marked + "\"";
  size_t pos = 0;
  while (true) {
    size_t at = cached.find(kRootMark, pos);
    if (at == std::string::npos) break;
    out.append(cached, pos, at - pos);
    bool is_current = at >= 6 && cached.compare(at - 6, current.size(), current) == 0;
    out += root;
    pos = at + 1;
    if (is_current) {
      out.append(marked).append(owner ? "\" aria-current=\"true" : "\" aria-current=\"page");
      pos += marked.size();
    }
  }
  out.append(cached, pos, std::string::npos);
  return out;
}

}  // namespace

SiteContext make_site_context(const model::Site& site, const Navigation& nav,
                              std::vector<ToolLink> tools, const Templates& templates,
                              std::vector<std::string>& unknown) {
  SiteContext ctx;
  ctx.site = &site;
  ctx.nav = &nav;
  ctx.tools = std::move(tools);
  ctx.csp = kCsp;
  ctx.title = config_string(site, "title", "Guide");
  ctx.tagline = config_string(site, "tagline", "");
  ctx.footer = config_string(site, "footer", "");
  ctx.logo = config_string(site, "logo", "");
  for (const NavNode& chapter : nav.chapters) mark_nodes(chapter, ctx.node_of);
  ctx.menu = plan_menus(nav, site.pages.size());
  ctx.words = site_words(templates, unknown);
  // site.yaml's footer_pages as check/site_config_check.h passed them, then the site map.
  for (const model::FooterPage& fp : site.footer_pages) ctx.footer_links.emplace_back(fp.label, fp.url);
  ctx.footer_links.emplace_back(ctx.words.sitemap, "plan-du-site.html");
  ctx.nav_html = render_menus(ctx, templates, unknown);
  return ctx;
}

Data base_data(const SiteContext& ctx, const std::string& url, const std::string& raw_title,
               const std::string& raw_description, int current_page) {
  const model::Site& site = *ctx.site;
  // French typography for the titles the generator writes itself (steps, the topic index).
  const std::string title = text::typeset_french(raw_title);
  const std::string description = text::typeset_french(raw_description);
  Data data;
  data.set("root", text::root_prefix(url));
  data.set("title", title);
  // The <title>: the page's, then the site's (templates/partials/head.mustache); the home page's
  // title is the site's, written once.
  data.set("title_part", title == ctx.title ? Data(false) : Data(title));
  data.set("description", description);
  data.set("csp", ctx.csp);
  data.set("body_class", "");
  Data site_data;
  site_data.set("title", ctx.title);
  site_data.set("tagline", ctx.tagline);
  site_data.set("footer", ctx.footer);
  site_data.set("logo", templating::text_or_false(ctx.logo));
  set_moved(data, "site", std::move(site_data));

  const int menu = current_page >= 0 ? ctx.menu.state_of_page[current_page]
                   : url.compare(0, 7, "outils/") == 0 ? MenuPlan::kToolsOpen : MenuPlan::kNothingOpen;
  set_moved(data, "nav_html", page_nav(ctx, url, menu));

  List footer;
  for (const auto& link : ctx.footer_links) {
    Data f;
    f.set("label", link.first);
    f.set("href", text::relative_url(url, link.second));
    footer.push_back(std::move(f));
  }
  set_moved(data, "footer_links", std::move(footer));

  List breadcrumbs;
  if (current_page >= 0) {
    std::vector<int> chain;
    for (int p = ctx.nav->parent[current_page]; p >= 0; p = ctx.nav->parent[p]) chain.push_back(p);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      const model::Page& p = site.pages[*it];
      Data b;
      b.set("label", *it == ctx.nav->home ? ctx.words.home : (p.nav_title.empty() ? p.title : p.nav_title));
      b.set("href", text::relative_url(url, p.url));
      breadcrumbs.push_back(std::move(b));
    }
  } else if (url != "index.html" && ctx.nav->home >= 0) {
    Data b;
    b.set("label", ctx.words.home);
    b.set("href", text::relative_url(url, "index.html"));
    breadcrumbs.push_back(b);
    if (url.compare(0, 7, "outils/") == 0 && url != "outils/index.html") {
      Data t;
      t.set("label", ctx.words.tools);
      t.set("href", text::relative_url(url, "outils/index.html"));
      breadcrumbs.push_back(t);
    }
  }
  data.set("has_breadcrumbs", !breadcrumbs.empty());
  set_moved(data, "breadcrumbs", std::move(breadcrumbs));
  List scripts;
  Data search;
  search.set("src", "assets/js/search.js");
  scripts.push_back(search);
  data.set("scripts", scripts);
  return data;
}

std::string render_document(const SiteContext&, Data& data, const std::string& main_template,
                            const Templates& templates, std::vector<std::string>& unknown) {
  set_moved(data, "main", templates.render(main_template, data, unknown));
  return templates.render("base", data, unknown);
}

std::string render_page(const SiteContext& ctx, int index, const Templates& templates,
                        std::vector<std::string>& unknown) {
  const model::Site& site = *ctx.site;
  const model::Page& page = site.pages[index];
  Data data = base_data(ctx, page.url, page.title, page.description, index);
  data.set("body_class", index == ctx.nav->home ? "page-home" : "page-reading");
  set_moved(data, "content", std::string(page.html));  // one copy, not kainjow's two
  data.set("reading_time", std::to_string(reading_minutes(page)));
  std::string audience;
  for (const std::string& a : page.audience) audience += (audience.empty() ? "" : ", ") + audience_label(site, a);
  data.set("has_audience", !audience.empty());
  data.set("audience", audience);
  List start;
  for (const model::StartLink& s : page.start) {
    Data d;
    d.set("label", s.label);
    d.set("href", s.href);
    start.push_back(std::move(d));
  }
  data.set("has_start", !start.empty());
  set_moved(data, "start", std::move(start));

  List toc;
  for (const model::Heading& h : page.headings) {
    if (h.level < 2 || h.level > 3) continue;
    Data t;
    t.set("id", h.id);
    t.set("text", h.text);
    t.set("sub", h.level == 3);
    toc.push_back(std::move(t));
  }
  data.set("has_toc", toc.size() >= 3);
  set_moved(data, "toc", std::move(toc));

  set_listing_data(ctx, index, 1, page.url, data);  // a folder's index lists its pages

  const auto& order = ctx.nav->reading_order;
  const int pos = ctx.nav->reading_position[index];
  auto link_to = [&](int p) {
    Data d;
    d.set("label", site.pages[p].nav_title.empty() ? site.pages[p].title : site.pages[p].nav_title);
    d.set("href", text::relative_url(page.url, site.pages[p].url));
    return d;
  };
  const bool has_prev = pos > 0;
  const bool has_next = pos >= 0 && pos + 1 < static_cast<int>(order.size());
  data.set("prev", has_prev ? link_to(order[pos - 1]) : Data(false));
  data.set("next", has_next ? link_to(order[pos + 1]) : Data(false));
  data.set("has_pager", has_prev || has_next);
  return render_document(ctx, data, "page", templates, unknown);
}

const ToolLink* owning_tool(const SiteContext& ctx, const std::string& url) {
  for (const ToolLink& t : ctx.tools) {
    if (url == t.url) return nullptr;  // a tool's own page, even if its id extends another's
  }
  const ToolLink* owner = nullptr;
  for (const ToolLink& t : ctx.tools) {
    if (t.url.size() <= 5) continue;
    const std::string stem = t.url.substr(0, t.url.size() - 5);  // without ".html"
    if (url.size() > stem.size() && url.compare(0, stem.size(), stem) == 0 &&
        (url[stem.size()] == '/' || url[stem.size()] == '-') &&
        (!owner || owner->url.size() < t.url.size())) {
      owner = &t;
    }
  }
  return owner;
}

}  // namespace layout
