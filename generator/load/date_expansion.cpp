#include "load/date_expansion.h"

namespace load {

namespace {

void expand_strings(nlohmann::ordered_json& value, const std::string& pointer, YamlDocument& doc,
                    const RegulatoryDates& dates, diag::Diagnostics& diags) {
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    if (text.find("{{date:") == std::string::npos) return;
    value = expand_date_refs(text, dates, [&](size_t offset) { return doc.offset_position(pointer, offset); }, diags);
  } else if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it)
      expand_strings(it.value(), pointer + "/" + pointer_token(it.key()), doc, dates, diags);
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) expand_strings(value[i], pointer + "/" + std::to_string(i), doc, dates, diags);
  }
}

}  // namespace

void expand_bank_dates(YamlDocument& doc, const RegulatoryDates& dates, diag::Diagnostics& diags) {
  expand_strings(doc.value, "", doc, dates, diags);
}

void expand_site_dates(model::Site& site, const RegulatoryDates& dates, diag::Diagnostics& diags) {
  for (model::Page& page : site.pages) {
    if (page.markdown.find("{{date:") == std::string::npos) continue;
    const std::string source = page.markdown;
    page.markdown = expand_date_refs(source, dates, [&](size_t offset) {
      return diag::position_at(page.file, source, offset, page.body_line);
    }, diags);
  }
  for (model::Bank& bank : site.banks) expand_bank_dates(bank.doc, dates, diags);
}

}  // namespace load
