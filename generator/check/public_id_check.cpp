#include "check/public_id_check.h"

#include <map>
#include <set>

namespace check {

namespace {

// The list of items of a section: questions, or a clauses bank's clauses.
const char* items_key(const nlohmann::ordered_json& section) {
  return section.contains("clauses") ? "clauses" : "questions";
}

std::string item_word(const char* key) { return std::string(key) == "clauses" ? "clause" : "question"; }

// The next free number m of PREFIX-n.m, among the ids given and retired.
int next_in_section(const std::string& section_ref, const load::BankPublicIds& bank, const load::PublicIds& ids) {
  const std::string head = section_ref + ".";
  int top = 0;
  auto see = [&](const std::string& ref) {
    if (ref.compare(0, head.size(), head) == 0) top = std::max(top, std::stoi(ref.substr(head.size())));
  };
  for (const load::PublicIdEntry& e : bank.entries) see(e.ref);
  for (const load::RetiredPublicId& r : ids.retired) see(r.ref);
  return top + 1;
}

int next_section(const load::BankPublicIds& bank, const load::PublicIds& ids) {
  int top = 0;
  auto see = [&](const std::string& ref) {
    int depth = 0;
    if (load::is_public_id(ref, depth) && depth == 1 && ref.compare(0, bank.prefix.size() + 1, bank.prefix + "-") == 0)
      top = std::max(top, std::stoi(ref.substr(bank.prefix.size() + 1)));
  };
  for (const load::PublicIdEntry& e : bank.entries) see(e.ref);
  for (const load::RetiredPublicId& r : ids.retired) see(r.ref);
  return top + 1;
}

}  // namespace

void apply_public_ids(std::vector<model::Bank>& banks, const load::PublicIds& ids, diag::Diagnostics& diags) {
  if (ids.file.empty()) return;
  std::set<std::string> bank_ids;
  for (model::Bank& bank : banks) {
    bank_ids.insert(bank.id);
    auto& value = bank.doc.value;
    if (!value.is_object() || !value.contains("sections") || !value["sections"].is_array()) continue;
    const load::BankPublicIds* listed = ids.find(bank.id);
    if (!listed) {
      // A warning: a bank being written can be tried before its ids are given (--strict fails).
      diags.warning(bank.doc.position("/id"), "the bank '" + bank.id + "' has no public ids: its items show none",
                    {"add it under 'banks:' in " + ids.file + " with its own prefix and an id for each section, "
                     "question and clause"});
      continue;
    }
    std::map<std::string, const load::PublicIdEntry*> by_item;
    for (const load::PublicIdEntry& e : listed->entries) by_item[e.item] = &e;
    std::set<std::string> used;
    auto& sections = value["sections"];
    for (size_t s = 0; s < sections.size(); ++s) {
      auto& section = sections[s];
      if (!section.is_object() || !section.contains("id") || !section["id"].is_string()) continue;
      const std::string at = "/sections/" + std::to_string(s);
      const std::string section_id = section["id"].get<std::string>();
      auto take = [&](nlohmann::ordered_json& item, const std::string& pointer, const std::string& id,
                      int want_depth, const std::string& what, const std::string& suggestion) -> std::string {
        if (item.contains("ref")) {
          used.insert(id);  // its ledger entry, if any, is not the error
          diags.error(bank.doc.key_position(pointer + "/ref"), "a public id is not written in the bank",
                      {"public ids live in " + ids.file + ", where they can never be given twice"});
          return "";
        }
        auto found = by_item.find(id);
        if (found == by_item.end()) {
          diags.error(bank.doc.position(pointer + "/id"), "the " + what + " '" + id + "' has no public id",
                      {"add '" + id + ": " + suggestion + "' under " + bank.id + " in " + ids.file +
                       " (the next free number; an id never changes once published)"});
          return "";
        }
        used.insert(id);
        int depth = 0;
        load::is_public_id(found->second->ref, depth);
        if (depth != want_depth) {
          diags.error(found->second->pos, "'" + found->second->ref + "' names a " + what + ": write it " +
                                              (want_depth == 1 ? listed->prefix + "-n" : listed->prefix + "-n.m"));
          return "";
        }
        item["ref"] = found->second->ref;
        return found->second->ref;
      };
      const std::string section_ref = take(section, at, section_id, 1, "section",
                                           listed->prefix + "-" + std::to_string(next_section(*listed, ids)));
      const char* key = items_key(section);
      if (!section.contains(key) || !section[key].is_array()) continue;
      auto& items = section[key];
      int next = section_ref.empty() ? 1 : next_in_section(section_ref, *listed, ids);
      for (size_t i = 0; i < items.size(); ++i) {
        auto& item = items[i];
        if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) continue;
        const std::string id = item["id"].get<std::string>();
        const std::string suggestion = (section_ref.empty() ? listed->prefix + "-n" : section_ref) + "." + std::to_string(next);
        if (take(item, at + "/" + key + "/" + std::to_string(i), id, 2, item_word(key), suggestion).empty() &&
            !by_item.count(id))
          ++next;
      }
    }
    for (const load::PublicIdEntry& e : listed->entries)
      if (!used.count(e.item))
        diags.error(e.pos, "'" + e.item + "' is no section, question or clause of the bank '" + bank.id + "'",
                    {"if it was removed, move " + e.ref + " under 'retired:' with what it named and the date: "
                     "an id is never given twice"});
  }
  for (const load::BankPublicIds& listed : ids.banks)
    if (!bank_ids.count(listed.bank))
      diags.error(listed.pos, "no bank has the id '" + listed.bank + "'",
                  {"the banks are in content/banks/; retire the ids of a bank taken out"});
}

}  // namespace check
