#include "site/tool_pages.h"

#include <algorithm>
#include <map>

#include "check/bank_check.h"
#include "check/calculator_check.h"
#include "load/ecologits_data.h"
#include "load/footprint_data.h"
#include "render/form_steps.h"
#include "render/html.h"
#include "render/typography_model.h"
#include "site/calculator_pages.h"

namespace site {

namespace {

std::string str(const nlohmann::ordered_json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

// Clauses and questionnaires are printable documents built in steps (render/annex_steps.h).
bool is_annex(const std::string& kind) { return kind == "clauses" || kind == "questionnaire"; }

bool valid_id(const std::string& id) {
  return !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}


// The step pages of a clauses or questionnaire tool, and the script of its assembled document.
void layout_steps(const Tool& tool, const layout::SiteContext& ctx, const layout::Templates& templates,
                  output::OutputTree& tree, std::vector<std::string>& unknown) {
  for (const render::StepPage& step : tool.steps.pages) {
    layout::Data data = layout::base_data(ctx, step.url, step.title, step.description, -1);
    data.set("body_class", step.body_class);
    layout::List scripts;
    auto add_script = [&scripts](const std::string& src) {
      layout::Data s;
      s.set("src", src);
      scripts.push_back(s);
    };
    add_script("assets/js/search.js");  // every page of the site has the search
    for (const std::string& src : step.scripts) add_script(src);
    data.set("scripts", scripts);
    data.set("content", step.html);
    data.set("kind", tool.kind);
    tree.files[step.url] = layout::render_document(ctx, data, "tool", templates, unknown);
  }
  if (!tool.steps.document_script.empty()) tree.files["assets/annex/" + tool.id + ".js"] = tool.steps.document_script;
}

// The step pages of a checklist or grid split into steps: each evaluates every answer (they all
// travel in the link) with the core, for its questions' visibility and the live verdict.
void layout_form_steps(const Tool& tool, const layout::SiteContext& ctx, const layout::Templates& templates,
                       output::OutputTree& tree, std::vector<std::string>& unknown) {
  for (const render::ToolSubPage& step : tool.page.steps) {
    layout::Data data = layout::base_data(ctx, step.url, step.title, step.description, -1);
    data.set("document_title", step.document_title + " — " + ctx.title);
    data.set("body_class", "page-tool tool-" + tool.kind + " tool-step");
    layout::List scripts;
    for (const std::string& src : std::vector<std::string>{"assets/js/search.js", "assets/guide-core.js", "assets/banks/" + tool.id + ".js",
                                  "assets/js/forms-answers.js", "assets/js/forms-questions.js"}) {
      layout::Data s;
      s.set("src", src);
      scripts.push_back(s);
    }
    data.set("scripts", scripts);
    data.set("content", step.html);
    data.set("kind", tool.kind);
    tree.files[step.url] = layout::render_document(ctx, data, "tool", templates, unknown);
  }
}

// A checklist or grid as its pages' scripts need it: what the core evaluates and what the result
// and the report show. Help texts, sources, guide links and intros are already in the pages' HTML; leaving them
// out of the data script saves every page of the tool about 7 KB (gzip) of the grid's 17.
nlohmann::ordered_json browser_bank(const nlohmann::ordered_json& bank) {
  nlohmann::ordered_json out = bank;
  out.erase("intro");
  if (out.contains("sections") && out["sections"].is_array()) {
    for (auto& section : out["sections"]) {
      if (!section.is_object()) continue;
      section.erase("intro");
      section.erase("guide");
      if (!section.contains("questions") || !section["questions"].is_array()) continue;
      for (auto& q : section["questions"]) {
        if (!q.is_object()) continue;
        for (const char* key : {"help", "source", "guide"}) q.erase(key);
      }
    }
  }
  return out;
}

}  // namespace

std::vector<Tool> load_tools(const model::Site& site, const BuildOptions& options,
                             const load::FileSystem& fs, diag::Diagnostics& diags) {
  std::vector<Tool> tools;
  std::map<std::string, std::string> seen;  // id → file
  // The reference data of the footprint estimators (content/data), checked whenever present, so
  // that guide check reports them; a calculator needs them.
  const std::string data_dir = load::join_path(options.content_dir, "data");
  bool has_reference = false, has_ecologits = false;
  for (const std::string& f : fs.list_files(data_dir)) {
    if (f.compare(0, 9, "footprint") == 0) has_reference = true;
    if (f.compare(0, 9, "ecologits") == 0) has_ecologits = true;
  }
  nlohmann::ordered_json reference;
  if (has_reference) reference = load::load_footprint_reference(fs, options.content_dir, diags);
  else if (has_ecologits) load::load_ecologits_data(fs, options.content_dir, diags);

  for (const model::Bank& bank : site.banks) {
    const auto& v = bank.doc.value;
    if (!v.is_object()) {
      diags.error({bank.file, 1, 1}, "a bank must be a mapping with id, title, kind and sections");
      continue;
    }
    if (!valid_id(bank.id)) {
      diags.error(bank.doc.position("/id"), "bank id must be lower-case letters, digits and '-'",
                  {"it names the page: outils/<id>.html"});
      continue;
    }
    if (seen.count(bank.id)) {
      diags.error(bank.doc.position("/id"), "duplicate bank id '" + bank.id + "'",
                  {"also used by " + seen[bank.id]});
      continue;
    }
    seen[bank.id] = bank.file;
    Tool tool;
    tool.id = bank.id;
    tool.title = str(v, "title");
    tool.description = str(v, "description");
    tool.kind = str(v, "kind");
    tool.url = "outils/" + bank.id + ".html";
    tool.order = v.contains("order") && v["order"].is_number_integer() ? v["order"].get<int>() : 100;
    if (tool.kind == "calculator") {
      // A calculator: its fields and texts, checked against the reference tables it lists.
      if (reference.is_null()) {
        diags.error(bank.doc.position("/kind"), "a calculator needs the footprint reference data (data/footprint*.yaml)",
                    {"restore content/data/, or remove this bank to build without the calculator"});
        continue;
      }
      tool.calculator = check::check_calculator(bank.doc, reference, diags);
      if (tool.calculator.is_null()) continue;
      tool.reference = reference;
      tool.anchors = {"fp-title", "fp-results"};
      tools.push_back(std::move(tool));
      continue;
    }
    // The same validation as `guide eval` (core's), so a bank the browser could not evaluate
    // never reaches the site: names, types, show_if cycles, scores, verdict fallback.
    if (!check::check_bank(bank.doc, diags)) continue;
    tool.bank = &bank;
    tool.anchors = render::bank_anchors(v);
    if (is_annex(tool.kind)) tool.anchor_pages = render::annex_anchor_pages(v, tool.url);
    else tool.anchor_pages = render::form_anchor_pages(v, tool.url);
    tools.push_back(std::move(tool));
  }
  std::stable_sort(tools.begin(), tools.end(), [](const Tool& a, const Tool& b) {
    return a.order != b.order ? a.order < b.order : a.id < b.id;
  });
  return tools;
}

std::string tool_page_for(const Tool& tool, const std::string& anchor) {
  auto it = tool.anchor_pages.find(anchor);
  return it != tool.anchor_pages.end() ? it->second : tool.url;
}

void render_tools(std::vector<Tool>& tools, const model::Site&, const render::LinkResolver& resolve,
                  diag::Diagnostics&) {
  for (Tool& tool : tools) {
    if (tool.bank) tool.page = render::render_bank(tool.bank->doc.value, tool.url, resolve);
    if (tool.bank && is_annex(tool.kind)) tool.steps = render::render_annex_steps(tool.bank->doc.value, tool.url, resolve);
    if (tool.kind == "calculator") tool.intro_html = render::render_snippet(str(tool.calculator, "intro"), tool.url, resolve);
    render::typeset_tool_pages(tool.page, tool.steps);  // French typography on the generator's words
  }
}

std::vector<layout::ToolLink> tools_as_links(const std::vector<Tool>& tools) {
  std::vector<layout::ToolLink> out;
  for (const Tool& t : tools) out.push_back({t.id, t.title, t.description, t.url});
  return out;
}

void layout_tools(const std::vector<Tool>& tools, const layout::SiteContext& ctx,
                  const layout::Templates& templates, output::OutputTree& tree,
                  std::vector<std::string>& unknown) {
  for (const Tool& tool : tools) {
    layout::Data data = layout::base_data(ctx, tool.url, tool.title, tool.description, -1);
    data.set("body_class", "page-tool tool-" + tool.kind);
    layout::List scripts;
    auto add_script = [&scripts](const std::string& src) {
      layout::Data s;
      s.set("src", src);
      scripts.push_back(s);
    };
    add_script("assets/js/search.js");
    // Clauses and questionnaires are printable documents assembled by annex.js from what their
    // pages hold: they need neither the WASM core nor a copy of their bank (-32 KB / -96 KB raw).
    // The scored checklists and grids are driven by forms-*.js over the core.
    const bool annex = is_annex(tool.kind);
    if (!annex && tool.bank) add_script("assets/guide-core.js");
    if (tool.bank) {
      if (annex) {
        add_script("assets/js/annex-state.js");
        add_script("assets/js/annex-builder.js");
        layout_steps(tool, ctx, templates, tree, unknown);
      } else {
        add_script("assets/banks/" + tool.id + ".js");
        add_script("assets/js/forms-answers.js");
        // A bank split into steps keeps only its result on the entry page.
        if (tool.page.steps.empty()) add_script("assets/js/forms-questions.js");
        add_script("assets/js/forms-result.js");
        layout_form_steps(tool, ctx, templates, tree, unknown);
      }
      data.set("scripts", scripts);
      data.set("content", tool.page.html);
      data.set("kind", tool.kind);
      tree.files[tool.url] = layout::render_document(ctx, data, "tool", templates, unknown);
      tree.files["assets/banks/" + tool.id + ".js"] =
          "window.GUIDE_BANKS=window.GUIDE_BANKS||{};window.GUIDE_BANKS[" +
          nlohmann::json(tool.id).dump() + "]=" + render::script_safe_json((annex ? tool.bank->doc.value : browser_bank(tool.bank->doc.value)).dump()) + ";\n";
    } else {
      // The calculator is a few pages (one per step of its form), with a WebAssembly module of its own.
      std::vector<std::string> srcs;
      for (const auto& s : scripts) srcs.push_back(s.get("src")->string_value());
      srcs.insert(srcs.end(), {"assets/guide-footprint.js", "assets/footprint-data.js", "assets/js/footprint-state.js"});
      // The results can be carried to the grid's criterion 5 when the grid is part of the site.
      // The link lands on the grid's page where the carried figures begin (the computing hours),
      // a step page when the grid is split into steps.
      auto grid = std::find_if(tools.begin(), tools.end(), [](const Tool& t) { return t.id == "grille-7-criteres"; });
      const std::string grid_url = grid != tools.end() ? tool_page_for(*grid, "q-q40_heures_cpu") : "";
      layout_calculator(tool, grid_url, srcs, ctx, templates, tree, unknown);
    }
  }
  if (tools.empty()) return;
  std::string list = "<ul class=\"tool-list\">\n";
  for (const Tool& t : tools) {
    list += "<li><a href=\"" + render::relative_url("outils/index.html", t.url) + "\">" +
            render::escape_html(t.title) + "</a> — " + render::escape_html(t.description) + "</li>\n";
  }
  list += "</ul>\n";
  layout::Data data = layout::base_data(ctx, "outils/index.html", "Les outils du guide",
                                        "Les questionnaires, la grille, le générateur de clauses et le calculateur d'empreinte.", -1);
  data.set("content", list);
  data.set("kind", "index");
  tree.files["outils/index.html"] = layout::render_document(ctx, data, "tool", templates, unknown);
}

}  // namespace site
