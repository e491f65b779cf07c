// `guide index DOCS.json`: prints the Lunr index of [{"id","title","body","url"}...] to stdout,
// exactly JSON.stringify(idx) followed by one "\n" (what console.log in node would print), so a
// reference built with lunr.js can be compared byte for byte after stripping that newline.
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "index/js_text.h"
#include "index/lunr_index.h"

namespace cli {
namespace {

// 1-based line and column (in bytes) of a byte offset, as the diagnostics convention wants.
void line_col(const std::string& text, size_t offset, int& line, int& col) {
  line = 1;
  col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
}

// A field value as lunr reads it: strings as they are, numbers and booleans as JavaScript's
// toString() writes them, absent or null as no text at all.
bool field_text(const nlohmann::json& value, std::string& out) {
  if (value.is_null()) return out.clear(), true;
  if (value.is_string()) return out = value.get<std::string>(), true;
  if (value.is_boolean()) return out = value.get<bool>() ? "true" : "false", true;
  if (value.is_number()) {
    out.clear();
    search::append_js_number(out, value.get<double>());
    return true;
  }
  return false;
}

}  // namespace

int run_index(const Args& args) {
  if (args.size() != 1) {
    std::cerr << "usage: guide index DOCS.json\n";
    return 2;
  }
  const std::string& path = args[0];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << path << ": error: cannot open file\n";
    return 1;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

  nlohmann::json input;
  try {
    input = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based and points just past the offending character.
    int line, col;
    line_col(text, e.byte > 0 ? e.byte - 1 : 0, line, col);
    std::string message = e.what();
    const auto detail = message.find("parse error");
    if (detail != std::string::npos) message = message.substr(detail);
    std::cerr << path << ':' << line << ':' << col << ": error: invalid JSON: " << message << '\n';
    return 1;
  }
  if (!input.is_array()) {
    std::cerr << path << ":1:1: error: expected an array of {\"id\",\"title\",\"body\",\"url\"}\n";
    return 1;
  }

  std::vector<search::SearchDoc> docs;
  docs.reserve(input.size());
  for (size_t i = 0; i < input.size(); ++i) {
    nlohmann::json& entry = input[i];
    const std::string where = path + ": error: entry " + std::to_string(i);
    if (!entry.is_object()) {
      std::cerr << where << " is not an object\n";
      return 1;
    }
    search::SearchDoc doc;
    auto id = entry.find("id");
    if (id == entry.end() || !(id->is_string() || id->is_number())) {
      std::cerr << where << " has no \"id\" (a string or a number)\n";
      return 1;
    }
    field_text(*id, doc.id);
    for (const char* name : {"title", "body"}) {
      auto value = entry.find(name);
      std::string& target = name[0] == 't' ? doc.title : doc.body;
      if (value != entry.end() && !field_text(*value, target)) {
        std::cerr << where << " (id '" << doc.id << "'): \"" << name
                  << "\" must be a string\n";
        return 1;
      }
    }
    entry = nullptr;  // release the parsed text as we go: large inputs, peak memory
    docs.push_back(std::move(doc));
  }

  std::string index;
  try {
    index = search::serialize_lunr_index(docs);
  } catch (const std::invalid_argument& e) {
    std::cerr << path << ": error: " << e.what() << '\n';
    return 1;
  }
  std::cout.write(index.data(), static_cast<std::streamsize>(index.size()));
  std::cout << '\n';
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace cli
