#include "load/public_ids.h"

#include <map>

#include "load/content_loader.h"
#include "load/regulatory_dates.h"
#include "load/yaml_json.h"
#include "load/unknown_members.h"

namespace load {

namespace {

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a number from 1 to 9999 at `at` (no leading zero); advances `at`. Bounded, so that the
// next-free-id arithmetic never overflows.
bool read_number(const std::string& s, size_t& at) {
  if (at >= s.size() || !is_digit(s[at]) || s[at] == '0') return false;
  const size_t start = at;
  while (at < s.size() && is_digit(s[at])) ++at;
  return at - start <= 4;
}

std::string prefix_of(const std::string& ref) { return ref.substr(0, ref.find('-')); }

}  // namespace

bool is_public_id(const std::string& ref, int& depth) {
  size_t at = 0;
  while (at < ref.size() && is_capital(ref[at])) ++at;
  if (at < 1 || at > 3 || at >= ref.size() || ref[at] != '-') return false;
  ++at;
  if (!read_number(ref, at)) return false;
  depth = 1;
  if (at == ref.size()) return true;
  if (ref[at] != '.') return false;
  ++at;
  if (!read_number(ref, at)) return false;
  depth = 2;
  return at == ref.size();
}

const BankPublicIds* PublicIds::find(const std::string& bank) const {
  for (const BankPublicIds& b : banks)
    if (b.bank == bank) return &b;
  return nullptr;
}

PublicIds load_public_ids(const FileSystem& fs, const std::string& content_dir, diag::Diagnostics& diags) {
  PublicIds out;
  const std::string path = content_dir + "/data/" + kPublicIdsFile;
  if (!fs.is_file(path)) return out;
  out.file = path;
  const YamlDocument doc = read_yaml_source(fs, path, diags);
  if (!doc.ok) return out;
  const auto& v = doc.value;
  const std::string shape_note = "banks: {BANK_ID: {prefix: G, ids: {ITEM_ID: G-1.1, …}}}, retired: [{ref, was, since}]";
  if (!v.is_object() || !v.contains("banks") || !v["banks"].is_object()) {
    diags.error(doc.position(""), "the public ids file must hold 'banks:', a mapping of bank ids", {shape_note});
    return out;
  }
  report_unknown_members(doc, v, "", {"banks", "retired"}, diags,
                         {"key", "", {"the file holds 'banks:' and 'retired:'"}});

  // Every id given, retired or not, with where it is written: an id is given once.
  std::map<std::string, diag::SourcePos> given;
  auto give = [&](const std::string& ref, const diag::SourcePos& pos) {
    auto [at, fresh] = given.emplace(ref, pos);
    if (!fresh)
      diags.error(pos, "the public id '" + ref + "' is given twice",
                  {"first given at line " + std::to_string(at->second.line) +
                   "; a public id names one item for ever, even once retired"});
  };

  for (auto b = v["banks"].begin(); b != v["banks"].end(); ++b) {
    const std::string at = "/banks/" + pointer_token(b.key());
    BankPublicIds bank;
    bank.bank = b.key();
    bank.pos = doc.key_position(at);
    const auto& e = b.value();
    if (!e.is_object() || !e.contains("prefix") || !e["prefix"].is_string() || !e.contains("ids") ||
        !e["ids"].is_object()) {
      diags.error(doc.position(at), "a bank's entry needs 'prefix' (e.g. G) and 'ids' (a mapping)", {shape_note});
      continue;
    }
    report_unknown_members(doc, e, at, {"prefix", "ids"}, diags,
                           {"key", "", {"a bank's entry holds 'prefix' and 'ids'"}});
    bank.prefix = e["prefix"].get<std::string>();
    int depth = 0;
    if (!is_public_id(bank.prefix + "-1", depth)) {
      diags.error(doc.position(at + "/prefix"), "a prefix is one to three capital letters, e.g. G");
      continue;
    }
    for (const BankPublicIds& other : out.banks)
      if (other.prefix == bank.prefix)
        diags.error(doc.position(at + "/prefix"), "the prefix '" + bank.prefix + "' is already the bank '" +
                                                      other.bank + "''s", {"each bank has its own prefix"});
    for (auto i = e["ids"].begin(); i != e["ids"].end(); ++i) {
      const std::string p = at + "/ids/" + pointer_token(i.key());
      PublicIdEntry entry{i.key(), i.value().is_string() ? i.value().get<std::string>() : "", doc.position(p)};
      if (!is_public_id(entry.ref, depth)) {
        diags.error(entry.pos, "'" + entry.ref + "' is not a public id",
                    {"write " + bank.prefix + "-n for a section, " + bank.prefix + "-n.m for a question or clause"});
        continue;
      }
      if (prefix_of(entry.ref) != bank.prefix) {
        diags.error(entry.pos, "'" + entry.ref + "' does not start with this bank's prefix, " + bank.prefix + "-");
        continue;
      }
      give(entry.ref, entry.pos);
      bank.entries.push_back(entry);
    }
    out.banks.push_back(std::move(bank));
  }

  if (v.contains("retired")) {
    const auto& list = v["retired"];
    if (!list.is_array()) {
      diags.error(doc.position("/retired"), "'retired' must be a list of {ref, was, since}");
      return out;
    }
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string at = "/retired/" + std::to_string(i);
      const auto& e = list[i];
      RetiredPublicId r;
      r.pos = doc.position(at);
      auto text_of = [&](const char* key) {
        return e.is_object() && e.contains(key) && e[key].is_string() ? e[key].get<std::string>() : std::string();
      };
      r.ref = text_of("ref");
      r.was = text_of("was");
      r.since = text_of("since");
      int depth = 0;
      if (!is_public_id(r.ref, depth) || r.was.empty() || !is_iso_date(r.since)) {
        diags.error(r.pos, "a retired id needs 'ref' (a public id), 'was' (what it named) and 'since' (YYYY-MM-DD)");
        continue;
      }
      report_unknown_members(doc, e, at, {"ref", "was", "since"}, diags);
      give(r.ref, r.pos);
      out.retired.push_back(r);
    }
  }
  return out;
}

}  // namespace load
