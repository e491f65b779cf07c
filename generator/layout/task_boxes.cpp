#include "layout/task_boxes.h"

#include "layout/site_texts.h"

namespace layout {

namespace {

std::string box(const templating::Templates& templates, SiteText name, bool checked, std::vector<std::string>& unknown) {
  templating::Data data;
  data.set("label", site_text(templates, name, unknown));
  data.set("checked", checked);
  std::string html = templates.render_partial("task-box", data, unknown);
  // The box stands inside a line of the list: the file's last newline is not part of it.
  if (!html.empty() && html.back() == '\n') html.pop_back();
  return html;
}

}  // namespace

render::TaskBoxes task_boxes(const templating::Templates& templates, std::vector<std::string>& unknown) {
  return {box(templates, SiteText::task_done, true, unknown), box(templates, SiteText::task_todo, false, unknown)};
}

}  // namespace layout
