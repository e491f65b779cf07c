#include "load/yaml_json.h"

#include "load/flat_yaml.h"
#include "load/yaml_scalar.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace load {

namespace {

using ojson = nlohmann::ordered_json;

// Aliases (*name) share nodes: `a: &a [*a]` makes a list that contains itself, and ten nested
// lists of ten aliases expand to 10^10 values (the "billion laughs"). The conversion stops at a
// depth no bank or page needs and at a number of values proportional to the text.
constexpr int kMaxDepth = 64;

struct Converter {
  YamlDocument& doc;
  diag::Diagnostics& diags;
  int line_offset;
  size_t budget;  // values left to convert
  bool stopped = false;

  bool over_limits(const YAML::Node& node, int depth) {
    if (stopped) return true;
    if (depth > kMaxDepth) {
      diags.error(pos(node.Mark()), "YAML nested more than " + std::to_string(kMaxDepth) + " levels deep",
                  {"a list or map that contains itself through an alias (*name) never ends"});
      stopped = true;
    } else if (budget == 0) {
      diags.error(pos(node.Mark()), "YAML aliases (*name) expand to too many values",
                  {"write the values out, or use fewer nested aliases"});
      stopped = true;
    } else {
      --budget;
    }
    return stopped;
  }

  diag::SourcePos pos(const YAML::Mark& m) const {
    return {doc.file, m.line + line_offset, m.column + 1};
  }

  ojson convert(const YAML::Node& node, const std::string& pointer, int depth = 0) {
    if (over_limits(node, depth)) return nullptr;
    doc.values[pointer] = pos(node.Mark());
    switch (node.Type()) {
      case YAML::NodeType::Null:
        return nullptr;
      case YAML::NodeType::Scalar: {
        bool quoted = node.Tag() == "!";
        if (quoted) doc.quoted[pointer] = true;
        return quoted ? ojson(node.Scalar()) : resolve_plain(node.Scalar());
      }
      case YAML::NodeType::Sequence: {
        ojson out = ojson::array();
        size_t i = 0;
        for (const auto& item : node) {
          out.push_back(convert(item, pointer + "/" + std::to_string(i), depth + 1));
          ++i;
        }
        return out;
      }
      case YAML::NodeType::Map: {
        ojson out = ojson::object();
        for (const auto& kv : node) {
          if (!kv.first.IsScalar()) {
            diags.error(pos(kv.first.Mark()), "a mapping key must be a plain name, not a list or map");
            continue;
          }
          const std::string key = kv.first.Scalar();
          const std::string child = pointer + "/" + pointer_token(key);
          if (out.contains(key)) {
            diag::SourcePos first = doc.keys[child];
            diags.error(pos(kv.first.Mark()), "duplicate key '" + key + "'",
                        {"first defined at " + diag::format_pos(first) +
                         "; remove one of them (YAML keeps only one value per key)"});
            continue;
          }
          doc.keys[child] = pos(kv.first.Mark());
          out[key] = convert(kv.second, child, depth + 1);
        }
        return out;
      }
      case YAML::NodeType::Undefined:
        break;
    }
    return nullptr;
  }
};

// yaml-cpp's message for a tab in indentation is obscure; say it plainly, at the tab.
bool report_indent_tabs(const std::string& file, const std::string& text, int line_offset,
                        diag::Diagnostics& diags) {
  bool found = false;
  int line = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view l(text.data() + start, end - start);
    for (size_t i = 0; i < l.size(); ++i) {
      if (l[i] == ' ') continue;
      if (l[i] == '\t') {
        diags.error({file, line + line_offset, static_cast<int>(i) + 1},
                    "tab character in indentation; YAML indents with spaces only");
        found = true;
      }
      break;
    }
    start = end + 1;
    ++line;
  }
  return found;
}

// yaml-cpp reports an unclosed '[' or '{' where it gave up, often lines later, even past the end
// of the file. Finds the innermost opener still unclosed before byte `end` (outside quotes and
// comments), so the error can point at it; npos when there is none.
size_t unclosed_flow_opener(const std::string& text, size_t end, bool outermost = false) {
  std::vector<size_t> open;
  char quote = 0;
  char prev = '\n';  // last significant character: tells a value's start from a plain scalar
  for (size_t i = 0; i < end && i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == quote) {
        if (quote == '\'' && i + 1 < end && text[i + 1] == '\'') ++i;  // '' inside '...'
        else quote = 0;
      } else if (c == '\\' && quote == '"') {
        ++i;
      }
      prev = c;
      continue;
    }
    const bool value_start = prev == '\n' || prev == ':' || prev == '-' || prev == '[' ||
                             prev == '{' || prev == ',' || prev == '?';
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
      while (i < end && text[i] != '\n') ++i;
      prev = '\n';
      continue;
    }
    if (c == ' ' || c == '\r') continue;
    if ((c == '"' || c == '\'') && value_start) quote = c;
    else if ((c == '[' || c == '{') && value_start) open.push_back(i);
    else if ((c == ']' || c == '}') && !open.empty()) open.pop_back();
    prev = c;
  }
  if (open.empty()) return std::string::npos;
  return outermost ? open.front() : open.back();
}

}  // namespace

YamlDocument parse_yaml(const std::string& file, const std::string& text, diag::Diagnostics& diags,
                        int first_line) {
  if (auto flat = parse_flat_yaml_map(file, text, first_line)) return std::move(*flat);
  return parse_yaml_with_library(file, text, diags, first_line);
}

YamlDocument parse_yaml_with_library(const std::string& file, const std::string& text,
                                     diag::Diagnostics& diags, int first_line) {
  YamlDocument doc;
  doc.file = file;
  const int line_offset = first_line;  // yaml-cpp lines are 0-based
  if (report_indent_tabs(file, text, line_offset, diags)) return doc;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    // Point at the outermost '[' or '{' still open, where the nesting starts, when there is one.
    diag::SourcePos at{file, e.mark.line + line_offset, e.mark.column + 1};
    size_t opener = e.mark.pos >= 0 ? unclosed_flow_opener(text, static_cast<size_t>(e.mark.pos), true)
                                    : std::string::npos;
    if (opener != std::string::npos) at = diag::position_at(file, text, opener, line_offset);
    diags.error(at, "YAML nested too deeply (lists or maps inside each other, thousands of levels)");
    return doc;
  } catch (const YAML::ParserException& e) {
    std::vector<std::string> notes;
    if (e.msg.find("illegal map value") != std::string::npos) {
      // French typography puts a space before ':', which YAML reads as a new key.
      notes.push_back("in YAML, ': ' inside an unquoted value starts a new key; put the whole "
                      "value in double quotes, e.g. description: \"Eau, métaux : ce qu'il faut savoir\"");
    }
    diag::SourcePos at{file, e.mark.line + line_offset, e.mark.column + 1};
    std::string message = "YAML syntax: " + e.msg;
    if (e.msg.find("flow not found") != std::string::npos && e.mark.pos >= 0) {
      size_t opener = unclosed_flow_opener(text, static_cast<size_t>(e.mark.pos));
      if (opener != std::string::npos) {
        const std::string where = diag::format_pos(at);
        at = diag::position_at(file, text, opener, line_offset);
        message = std::string("YAML syntax: this '") + text[opener] + "' is never closed";
        notes.push_back("a value that starts with '" + std::string(1, text[opener]) +
                        "' is a YAML " + (text[opener] == '[' ? "list" : "map") +
                        "; if it is text, put the whole value in double quotes");
        notes.push_back("the YAML parser gave up at " + where + " (" + e.msg + ")");
      }
    }
    diags.error(at, message, notes);
    return doc;
  } catch (const YAML::Exception& e) {
    diags.error({file, 0, 0}, std::string("YAML: ") + e.what());
    return doc;
  }
  size_t errors_before = diags.error_count();
  Converter converter{doc, diags, line_offset, 4 * text.size() + 10000};
  doc.value = converter.convert(root, "");
  doc.ok = diags.error_count() == errors_before;
  return doc;
}

}  // namespace load
