#pragma once
// The public ids of questions, criteria and clauses (content/data/identifiants-publics.yaml): a
// short id such as "G-5.12", given once and for all, that a buyer cites in a file, a report or a
// tender. The ledger is kept apart from the banks so that reordering, rewording or inserting an
// item never changes an id, and so that an id taken out of use is never given again.
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "load/file_system.h"

namespace load {

struct PublicIdEntry {
  std::string item;  // the internal id of a section, question or clause of the bank
  std::string ref;   // its public id, e.g. "G-5.12"
  diag::SourcePos pos;
};

struct BankPublicIds {
  std::string bank;    // the bank's id
  std::string prefix;  // one to three capital letters, e.g. "G"
  std::vector<PublicIdEntry> entries;
  diag::SourcePos pos;
};

struct RetiredPublicId {
  std::string ref;
  std::string was;    // what it named
  std::string since;  // YYYY-MM-DD
  diag::SourcePos pos;
};

struct PublicIds {
  std::string file;  // "" when the content has no ledger (then no public ids are shown)
  std::vector<BankPublicIds> banks;
  std::vector<RetiredPublicId> retired;
  const BankPublicIds* find(const std::string& bank) const;
};

/// The ledger's name below content/data/.
constexpr const char* kPublicIdsFile = "identifiants-publics.yaml";

/// Reads `content_dir`/data/identifiants-publics.yaml when it exists. Reports, at their position,
/// unknown keys, malformed ids (PREFIX-n for a section, PREFIX-n.m for an item), ids of another
/// prefix and ids given twice, retired ones included.
PublicIds load_public_ids(const FileSystem& fs, const std::string& content_dir, diag::Diagnostics& diags);

/// True when `ref` is PREFIX-n (depth 1) or PREFIX-n.m (depth 2), numbers from 1.
bool is_public_id(const std::string& ref, int& depth);

}  // namespace load
