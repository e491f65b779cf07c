#include "layout/tool_layout.h"

#include "layout/site_texts.h"
#include "render/markdown.h"
#include "text/site_url.h"

namespace layout {

std::string render_tool_page(const SiteContext& ctx, const model::ToolPage& page, const Templates& templates,
                             std::vector<std::string>& unknown) {
  Data data = base_data(ctx, page.url, page.title, page.description, -1);
  if (!page.document_title.empty()) data.set("title_part", page.document_title);
  data.set("body_class", page.body_class);
  data.set("public_ref", templating::text_or_false(page.public_ref));
  List scripts;
  auto add_script = [&scripts](const std::string& src) {
    Data s;
    s.set("src", src);
    scripts.push_back(s);
  };
  add_script("assets/js/search.js");  // every page of the site has the search
  for (const std::string& src : page.scripts) add_script(src);
  data.set("scripts", scripts);
  data.set("content", page.html);
  return render_document(ctx, data, "tool", templates, unknown);
}

std::string render_tools_index(const SiteContext& ctx, const Templates& templates,
                               std::vector<std::string>& unknown) {
  List tools;
  for (const ToolLink& t : ctx.tools) {
    Data d;
    d.set("href", text::relative_url("outils/index.html", t.url));
    d.set("title", t.title);
    d.set("description", t.description);
    tools.push_back(d);
  }
  Data list;
  list.set("tools", tools);
  Data data = base_data(ctx, "outils/index.html", site_text(templates, SiteText::tools_index, unknown),
                        site_text(templates, SiteText::tools_index_lead, unknown), -1);
  data.set("content", templates.render("tools/index", list, unknown));
  data.set("public_ref", false);
  return render_document(ctx, data, "tool", templates, unknown);
}

}  // namespace layout
