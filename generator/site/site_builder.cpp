#include "site/site_builder.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <set>

#include <sys/resource.h>

#include "check/carry_check.h"
#include "check/date_check.h"
#include "check/link_check.h"
#include "check/plural_check.h"
#include "check/public_id_check.h"
#include "check/question_type_texts_check.h"
#include "check/script_messages_check.h"
#include "check/site_config_check.h"
#include "core/footprint_calculator_model.h"
#include "core/question_types.h"
#include "index/search_synonyms_check.h"
#include "layout/listing.h"
#include "layout/site_texts.h"
#include "layout/task_boxes.h"
#include "layout/navigation.h"
#include "layout/page_layout.h"
#include "load/content_loader.h"
#include "load/date_expansion.h"
#include "load/interface_texts.h"
#include "load/ecologits_data.h"
#include "load/public_ids.h"
#include "load/template_files.h"
#include "parallel/parallel_for.h"
#include "render/markdown.h"
#include "render/typography_model.h"
#include "site/build_state.h"
#include "site/script_messages.h"
#include "site/site_extras.h"
#include "site/tool_pages.h"
#include "templating/templates.h"
#include "write/site_writer.h"

namespace site {

namespace {

// Prints how long each stage took when GUIDE_TIMINGS is set (for the benchmark's breakdown).
class StageTimer {
 public:
  StageTimer() : enabled_(std::getenv("GUIDE_TIMINGS") != nullptr), last_(now()) {}
  // Declared first in build_site, destroyed last: after the site model and everything else.
  ~StageTimer() { mark("free the build's memory"); }
  void mark(const char* stage) {
    if (!enabled_) return;
    auto t = now();
    const double cpu = cpu_ms();
    std::cerr << "  " << stage << ": "
              << std::chrono::duration_cast<std::chrono::microseconds>(t - last_).count() / 1000.0
              << " ms (CPU " << cpu - last_cpu_ << " ms), peak RSS " << peak_rss_mb() << " MB\n";
    last_ = t;
    last_cpu_ = cpu;
  }

 private:
  static long peak_rss_mb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
      if (line.compare(0, 6, "VmHWM:") == 0) return std::stol(line.substr(6)) / 1024;
    }
    return 0;
  }
  // User + system time of every thread so far: against the wall time, how well a stage used the
  // cores.
  static double cpu_ms() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& tv) { return tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
  }
  static std::chrono::steady_clock::time_point now() { return std::chrono::steady_clock::now(); }
  bool enabled_;
  std::chrono::steady_clock::time_point last_;
  double last_cpu_ = cpu_ms();
};

std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// The generator writes outils/, assets/, sujets/, 404.html, plan-du-site.html and recherche.html itself;
// a page written to one of those paths would silently replace a tool or a special page (or be
// replaced by it), whichever came last. Compared without case, as the load stage does.
void report_reserved_paths(const model::Site& site, const std::vector<model::Tool>& tools,
                           diag::Diagnostics& diags) {
  static const char* const kSpecial[] = {"404.html", "plan-du-site.html", "recherche.html"};
  for (const model::Page& page : site.pages) {
    const std::string url = ascii_lower(page.url);
    std::string taken;
    for (const char* special : kSpecial) {
      if (url == special) taken = std::string("the special page ") + special;
    }
    if (url.compare(0, 7, "assets/") == 0) taken = "the folder assets/ (styles, scripts)";
    if (url.compare(0, 7, "sujets/") == 0) taken = "the folder sujets/ (the A–Z topic index)";
    if (url.compare(0, 7, "outils/") == 0) {
      taken = "the folder outils/ (one page per question bank)";
      for (const model::Tool& tool : tools) {
        if (ascii_lower(tool.url) == url) taken = "the page of the tool '" + tool.id + "'";
      }
    }
    if (taken.empty()) continue;
    diags.error({page.file, 0, 0}, "page '" + page.rel_path + "' would be written to " + page.url +
                                       ", which is reserved for " + taken,
                {"rename or move the page; outils/, assets/, sujets/, 404, plan-du-site and "
                 "recherche are the generator's own"});
  }
}

}  // namespace

bool build_site(load::FileSystem& fs, const BuildOptions& options, diag::Diagnostics& diags,
                BuildStats& stats, BuildState* keep) {
  StageTimer timer;
  // Before any work: an output folder the final swap would destroy is refused outright.
  if (options.write && !output::check_out_dir(fs, options.out_dir,
                                              {options.content_dir, options.templates_dir,
                                               options.assets_dir, "."},
                                              diags)) {
    return false;
  }
  // load
  auto owned_site = std::make_unique<model::Site>(load::load_site(fs, options.content_dir, diags));
  model::Site& site = *owned_site;
  struct LeaveToSystem {  // destroyed before owned_site: keeps it from being freed when asked
    std::unique_ptr<model::Site>& site;
    bool leave;
    ~LeaveToSystem() {
      if (leave) site.release();
    }
  } leave_to_system{owned_site, !options.free_model};
  // Regulatory dates: checked on the pages as written, then written into pages and banks.
  const load::RegulatoryDates dates = load::load_regulatory_dates(fs, options.content_dir, diags);
  check::check_dates(site, dates, options.today.empty() ? load::today_utc() : options.today, diags);
  load::expand_site_dates(site, dates, fs, diags);
  // Public ids from their ledger into the banks, before the tools compile them.
  check::apply_public_ids(site.banks, load::load_public_ids(fs, options.content_dir, diags), diags);
  // On the heap, as the navigation and the context below: a kept state takes them as they are.
  auto owned_templates = std::make_unique<layout::Templates>();
  layout::Templates& templates = *owned_templates;
  // "listing" is needed only by folders of more than 100 pages: asked for when rendered.
  templates.compile(load::load_template_files(fs, options.templates_dir, diags),
                    {"base", "page", "404", "sitemap", "search", "topics", "tool", "partials/task-box",
                     "partials/topic-entry"}, diags);
  // A page without a description (load warned) takes its first paragraph's text, before any
  // page lists it.
  parallel::for_each_index(site.pages.size(), [&](size_t i) {
    model::Page& page = site.pages[i];
    if (page.description.empty()) page.description = render::first_paragraph_text(page.markdown);
  }, 256);
  std::vector<model::Tool> tools = collect_tools(site, options, fs, diags);
  check::check_carries(site, tools, diags);
  report_reserved_paths(site, tools, diags);
  site.search_synonyms = search::check_search_synonyms(site.synonyms_doc, diags);
  check::check_plural_marks(site, diags);
  check::check_site_config(site, diags);
  // The browser scripts, and the interface texts they show (content/interface/).
  site.interface_texts = load::load_interface_texts(fs, options.content_dir, site.has_interface_dir, diags);
  const std::vector<model::Script> scripts = load::load_scripts(fs, options.assets_dir, diags);
  check::check_script_messages(scripts, site.interface_texts, site.has_interface_dir, options.content_dir, diags);
  check::check_question_type_texts(site.interface_texts, site.has_interface_dir, options.content_dir, diags);
  timer.mark("load");
  if (diags.has_errors()) return false;
  // French typography on every text shown as written; Markdown gets it as it is rendered.
  render::typeset_plain_texts(site);
  const auto default_labels = model::texts_by_key(site.interface_texts, model::kQuestionTypeTexts);
  for (model::Tool& tool : tools) {
    render::typeset_texts({&tool.title, &tool.description});
    core::label_default_choices(tool.bank, default_labels);
    render::typeset_bank(tool.bank);
    // A calculator's typed model is read anew from its definition, now typeset: its pages and the
    // script that gets the definition show the same words.
    if (tool.kind == model::ToolKind::calculator && tool.source) {
      tool.calculator = core::compile_calculator(tool.source->doc.value);
    }
  }

  // link targets: every page and every tool, with the anchors each defines
  check::LinkTargets targets;
  for (const model::Page& page : site.pages) targets.urls["@/" + page.rel_path] = page.url;
  for (const model::Tool& tool : tools) {
    targets.urls["@outil/" + tool.id] = tool.url;
    targets.anchors[tool.url] = tool.anchors;
    // "@outil/<id>#<anchor>" resolves to the step page that holds the anchor (render/markdown.cpp
    // asks for the link with its anchor first).
    for (const auto& kv : tool.anchor_pages) targets.urls["@outil/" + tool.id + "#" + kv.first] = kv.second;
  }
  // Files a page may link to relatively: what assets/ holds, and what the build adds there.
  if (fs.is_directory(options.assets_dir)) {
    for (const std::string& rel : fs.list_files(options.assets_dir)) targets.files.insert("assets/" + rel);
  }
  targets.files.insert("assets/search-index.js");
  if (!options.wasm_module.empty()) targets.files.insert("assets/guide-core.js");
  if (!options.footprint_module.empty()) targets.files.insert("assets/guide-footprint.js");
  auto resolve = [&targets](const std::string& target) -> std::optional<std::string> {
    auto it = targets.urls.find(target);
    if (it == targets.urls.end()) return std::nullopt;
    return it->second;
  };

  // render + layout, one page at a time on every core: a page is laid out as soon as it is
  // rendered (its layout needs only its own headings and word count, and the titles loaded
  // above), written straight to the staging folder, and its HTML freed. Links are checked once all
  // pages are rendered; on a broken link the staging folder is dropped, as on any error.
  render::init_markdown();
  render::TaskBoxes task_boxes;
  {
    std::vector<std::string> boxes_unknown;
    task_boxes = layout::task_boxes(templates, boxes_unknown);
    for (const std::string& name : boxes_unknown) templates.report_unknown(name, options.templates_dir, diags);
  }
  auto owned_nav = std::make_unique<layout::Navigation>(layout::build_navigation(site.pages));
  layout::Navigation& nav = *owned_nav;
  layout::report_listing_collisions(site.pages, nav, diags);
  if (diags.has_errors()) return false;
  std::vector<std::string> nav_unknown;
  auto owned_context = std::make_unique<layout::SiteContext>(
      layout::make_site_context(site, nav, tools_as_links(tools), templates, nav_unknown));
  layout::SiteContext& context = *owned_context;
  output::OutputTree tree;
  output::SiteWriter writer(fs, options.out_dir);
  if (options.write && !writer.begin(diags)) return false;
  std::vector<std::vector<std::string>> unknown(site.pages.size());
  parallel::for_each_index(site.pages.size(), [&](size_t i) {
    model::Page& page = site.pages[i];
    render::RenderedMarkdown r =
        render::render_markdown(page.markdown, page.file, page.body_line, page.url, resolve, diags, task_boxes);
    page.html = std::move(r.html);
    page.headings = std::move(r.headings);
    page.links = std::move(r.links);
    page.sections = std::move(r.sections);
    page.word_count = r.word_count;
    for (model::StartLink& start : page.start) {  // checked with the page's other links
      start.href = render::internal_href(start.target, page.url, resolve);
      page.links.push_back({start.target, start.pos, ""});
    }
    std::string().swap(page.markdown);  // rendered: the source text is no longer needed
    std::string html = layout::render_page(context, static_cast<int>(i), templates, unknown[i]);
    if (options.write) writer.add(page.url, html);
    // A folder of many pages continues its index's listing on pages of its own.
    for (const auto& [url, listing] :
         layout::render_listing_pages(context, static_cast<int>(i), templates, unknown[i])) {
      if (options.write) writer.add(url, listing);
    }
    std::string().swap(page.html);  // written: free it now
  });
  for (const model::Page& page : site.pages) {
    auto& ids = targets.anchors[page.url];
    for (const model::Heading& h : page.headings) ids.insert(h.id);
  }
  std::vector<std::string> tool_unknown;
  const std::vector<model::RenderedTool> rendered_tools = render_tools(tools, resolve, templates, tool_unknown);
  timer.mark("render and layout pages");

  // check
  check::check_links(site.pages, targets, diags);
  if (diags.has_errors()) return false;

  std::set<std::string> reported;
  auto report_unknown = [&](const std::vector<std::string>& names) {
    for (const std::string& name : names) {
      if (reported.insert(name).second) templates.report_unknown(name, options.templates_dir, diags);
    }
  };
  for (const auto& names : unknown) report_unknown(names);
  // The generated pages (a large site's A–Z index is large) and the search index are independent
  // work that the pages' layout no longer keeps both cores busy with: they run side by side. The
  // search index goes to the staging folder piece by piece as it is serialized.
  auto indexing = std::async(std::launch::async, [&] {
    return add_search_index(site, tools, options.write ? &writer : nullptr);
  });
  std::vector<std::string> extra_unknown = nav_unknown;
  extra_unknown.insert(extra_unknown.end(), tool_unknown.begin(), tool_unknown.end());
  layout_tools(rendered_tools, context, templates, tree, extra_unknown);
  add_special_pages(site, nav, context, templates, tree, extra_unknown);
  report_unknown(extra_unknown);
  timer.mark("layout other pages");
  stats.search_docs = indexing.get();
  timer.mark("index (its rest)");

  add_scripts_with_messages(scripts, site.interface_texts, tree);
  add_assets(fs, options, site, tree, diags);
  if (diags.has_errors()) return false;

  stats.pages = site.pages.size();
  for (const auto& kv : tree.files) {
    if (kv.first.size() > 5 && kv.first.compare(kv.first.size() - 5, 5, ".html") == 0) ++stats.pages;
  }
  stats.banks = tools.size();
  stats.files = site.pages.size() + tree.files.size() + tree.copies.size() + 1;  // + search index
  if (!options.write) return true;
  bool written = writer.commit(tree, diags);
  timer.mark("write");
  if (written && keep) {
    keep->options = options;
    keep->site = std::move(owned_site);
    keep->templates = std::move(owned_templates);
    keep->tools = std::move(tools);
    keep->nav = std::move(owned_nav);
    keep->context = std::move(owned_context);
    keep->targets = std::move(targets);
    keep->dates = dates;
    keep->task_boxes = task_boxes;
  }
  return written;
}

}  // namespace site
