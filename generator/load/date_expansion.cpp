#include "load/date_expansion.h"

#include <algorithm>

namespace load {

namespace {

// Byte offset of a 1-based line and column in `source`.
size_t offset_of(const std::string& source, int line, int col) {
  size_t at = 0;
  for (int l = 1; l < line && at != std::string::npos; ++l) {
    at = source.find('\n', at);
    if (at != std::string::npos) ++at;
  }
  if (at == std::string::npos) return source.size();
  return std::min(source.size(), at + static_cast<size_t>(col > 0 ? col - 1 : 0));
}

// Where the reference at `offset` of a string value is written in the YAML source. A block of
// text loses its indentation when read, so the reference is looked for in the source: the n-th
// occurrence of the same reference after the value's start, as it is the n-th in the value.
diag::SourcePos reference_position(const YamlDocument& doc, const std::string& source,
                                   const std::string& pointer, const std::string& text, size_t offset) {
  if (text.find('\n') == std::string::npos || source.empty()) return doc.offset_position(pointer, offset);
  const size_t end = text.find("}}", offset);
  const std::string token = text.substr(offset, end == std::string::npos ? 7 : end + 2 - offset);
  size_t nth = 0;
  for (size_t at = text.find(token); at < offset; at = text.find(token, at + 1)) ++nth;
  const diag::SourcePos start = doc.position(pointer);
  size_t at = source.find(token, offset_of(source, start.line, start.col));
  for (size_t i = 0; i < nth && at != std::string::npos; ++i) at = source.find(token, at + 1);
  if (at == std::string::npos) return start;
  return diag::position_at(doc.file.empty() ? start.file : doc.file, source, at);
}

void expand_strings(nlohmann::ordered_json& value, const std::string& pointer, YamlDocument& doc,
                    const std::string& source, const RegulatoryDates& dates, diag::Diagnostics& diags) {
  if (value.is_string()) {
    const std::string text = value.get<std::string>();
    if (text.find("{{date:") == std::string::npos) return;
    value = expand_date_refs(text, dates, [&](size_t offset) {
      return reference_position(doc, source, pointer, text, offset);
    }, diags);
  } else if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it)
      expand_strings(it.value(), pointer + "/" + pointer_token(it.key()), doc, source, dates, diags);
  } else if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i)
      expand_strings(value[i], pointer + "/" + std::to_string(i), doc, source, dates, diags);
  }
}

}  // namespace

void expand_bank_dates(YamlDocument& doc, const std::string& source, const RegulatoryDates& dates,
                       diag::Diagnostics& diags) {
  expand_strings(doc.value, "", doc, source, dates, diags);
}

void expand_page_dates(model::Page& page, const RegulatoryDates& dates, diag::Diagnostics& diags) {
  if (page.markdown.find("{{date:") == std::string::npos) return;
  const std::string source = page.markdown;
  page.markdown = expand_date_refs(source, dates, [&](size_t offset) {
    return diag::position_at(page.file, source, offset, page.body_line);
  }, diags);
}

void expand_site_dates(model::Site& site, const RegulatoryDates& dates, const FileSystem& fs,
                       diag::Diagnostics& diags) {
  for (model::Page& page : site.pages) expand_page_dates(page, dates, diags);
  for (model::Bank& bank : site.banks) {
    if (!bank.doc.value.is_object()) continue;
    std::string source, error;
    if (!fs.read(bank.file, source, error)) source.clear();
    expand_bank_dates(bank.doc, source, dates, diags);
  }
  for (model::DocumentSource& document : site.documents) {
    if (!document.doc.value.is_object()) continue;
    std::string source, error;
    if (!fs.read(document.file, source, error)) source.clear();
    expand_bank_dates(document.doc, source, dates, diags);
  }
}

}  // namespace load
