#include "render/annex_parameters.h"

#include "text/html.h"

namespace render {

using templating::Data;

std::string parameter_default(const core::Parameter& p) {
  return p.default_value.is_string() ? p.default_value.get<std::string>() : p.default_value.dump();
}

Parameters::Parameters(const core::Bank& bank, ToolContext& ctx) {
  for (const core::Parameter& p : bank.parameters) {
    ids_.push_back(p.id);
    Data data;
    data.set("id", p.id);
    data.set("shown", parameter_default(p).empty() ? "[…]" : parameter_default(p));  // the default, or a visible blank
    data.set("zero_removes", p.zero_removes);
    std::string span = ctx.render("tools/annex-param", data);
    if (!span.empty() && span.back() == '\n') span.pop_back();
    spans_.push_back(std::move(span));
  }
}

std::string Parameters::mark(std::string text) const {
  for (size_t i = 0; i < ids_.size(); ++i) {
    const std::string key = "{" + ids_[i] + "}", token = "@@P" + std::to_string(i) + "@@";
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + token.size())) {
      text.replace(at, key.size(), token);
    }
  }
  return text;
}

std::string Parameters::fill(std::string html) const {
  for (size_t at = html.find("@@P"); at != std::string::npos; at = html.find("@@P", at)) {
    size_t end = html.find("@@", at + 3);
    if (end == std::string::npos) break;
    const std::string& span = spans_.at(std::stoul(html.substr(at + 3, end - at - 3)));
    html.replace(at, end + 2 - at, span);
    at += span.size();
  }
  return html;
}

std::string Parameters::text(const std::string& s) const { return fill(text::escape_html(mark(s))); }

std::string Parameters::markdown(const std::string& md, const std::string& page_url,
                                 const LinkResolver& resolve) const {
  return fill(render_snippet(mark(md), page_url, resolve));
}

Data parameter_data(const core::Parameter& p) {
  Data data;
  data.set("id", p.id);
  data.set("label", p.label);
  data.set("is_number", p.type == "number");
  data.set("default", parameter_default(p));
  data.set("has_unit", !p.unit.empty());
  data.set("unit", p.unit);
  data.set("min", p.min_number.is_null() ? Data(false) : Data(p.min_number.dump()));
  data.set("max", p.max_number.is_null() ? Data(false) : Data(p.max_number.dump()));
  data.set("has_bounds", !p.min_number.is_null() && !p.max_number.is_null());
  data.set("zero_removes", p.zero_removes);
  return data;
}

nlohmann::ordered_json parameters_json(const core::Bank& bank,
                                       const std::function<std::string(const std::string&)>& page_of) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const core::Parameter& p : bank.parameters) {
    nlohmann::ordered_json entry = {{"id", p.id}, {"label", p.label}, {"type", p.type}, {"unit", p.unit},
                                    {"default", parameter_default(p)}, {"page", page_of(p.id)}};
    if (!p.min_number.is_null()) entry["min"] = p.min_number;
    if (!p.max_number.is_null()) entry["max"] = p.max_number;
    if (p.zero_removes) entry["zero_removes"] = true;
    list.push_back(entry);
  }
  return list;
}

}  // namespace render
