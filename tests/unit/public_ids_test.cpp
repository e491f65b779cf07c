// Public ids (content/data/identifiants-publics.yaml): given once, checked against the banks,
// written into each bank as `ref`; a missing id comes with the next free one, a removed item's id
// must be retired, and a retired id is never given again.
#include <doctest/doctest.h>

#include "check/public_id_check.h"
#include "load/public_ids.h"
#include "load/yaml_json.h"
#include "unit/memory_file_system.h"

namespace {

const char* kBank = R"(id: grille
sections:
  - id: c1
    questions:
      - id: q1
      - id: q2
  - id: c2
    questions:
      - id: q3
)";

const char* kLedger = R"(banks:
  grille:
    prefix: G
    ids:
      c1: G-1
      q1: G-1.1
      q2: G-1.2
      c2: G-2
      q3: G-2.1
retired:
  - {ref: G-1.3, was: "une question retirée", since: 2026-12-05}
)";

struct Result {
  diag::Diagnostics diags;
  std::vector<model::Bank> banks;
  std::vector<diag::Diagnostic> sorted() const { return diags.sorted(); }
};

void run(Result& r, const std::string& ledger, const std::string& bank = kBank) {
  load::MemoryFileSystem fs;
  fs.add("c/data/identifiants-publics.yaml", ledger);
  model::Bank b;
  b.file = "c/banks/grille.yaml";
  b.id = "grille";
  b.doc = load::parse_yaml(b.file, bank, r.diags);
  r.banks.push_back(std::move(b));
  check::apply_public_ids(r.banks, load::load_public_ids(fs, "c", r.diags), r.diags);
}

}  // namespace

TEST_CASE("public ids have one form: PREFIX-n for a section, PREFIX-n.m for an item") {
  int depth = 0;
  CHECK((load::is_public_id("G-5", depth) && depth == 1));
  CHECK((load::is_public_id("G-5.12", depth) && depth == 2));
  CHECK(load::is_public_id("QRS-1.1", depth));
  CHECK_FALSE(load::is_public_id("G-05.1", depth));
  CHECK_FALSE(load::is_public_id("g-5.1", depth));
  CHECK_FALSE(load::is_public_id("G5.1", depth));
  CHECK_FALSE(load::is_public_id("G-5.1.2", depth));
  CHECK_FALSE(load::is_public_id("ABCD-1", depth));
  CHECK_FALSE(load::is_public_id("G-", depth));
  CHECK_FALSE(load::is_public_id("G-99999999999.1", depth));  // numbers up to 9999
  CHECK(load::is_public_id("G-9999.9999", depth));
}

TEST_CASE("each section and question gets its id from the ledger as `ref`") {
  Result r;
  run(r, kLedger);
  CHECK(r.diags.error_count() == 0);
  const auto& sections = r.banks[0].doc.value["sections"];
  CHECK(sections[0]["ref"] == "G-1");
  CHECK(sections[0]["questions"][1]["ref"] == "G-1.2");
  CHECK(sections[1]["questions"][0]["ref"] == "G-2.1");
}

TEST_CASE("a new question without id is an error at the question, with the next free id of its section") {
  Result r;
  std::string bank = kBank;
  bank.replace(bank.find("      - id: q2\n"), 15, "      - id: q2\n      - id: q9\n");
  run(r, kLedger, bank);
  auto all = r.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].pos.file == "c/banks/grille.yaml");
  CHECK(all[0].pos.line == 7);
  CHECK(all[0].message == "the question 'q9' has no public id");
  // G-1.3 is retired: the next free one is G-1.4.
  REQUIRE(!all[0].notes.empty());
  CHECK(all[0].notes[0].find("'q9: G-1.4'") != std::string::npos);
}

TEST_CASE("an id whose item was removed must be retired, and a retired id cannot be given again") {
  Result removed;
  std::string bank = kBank;
  bank.replace(bank.find("      - id: q2\n"), 15, "");
  run(removed, kLedger, bank);
  auto all = removed.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].pos.file == "c/data/identifiants-publics.yaml");
  CHECK(all[0].message.find("'q2' is no section, question or clause") != std::string::npos);

  Result reused;
  std::string ledger = kLedger;
  ledger.replace(ledger.find("q2: G-1.2"), 9, "q2: G-1.3");
  run(reused, ledger);
  auto again = reused.sorted();
  REQUIRE(!again.empty());
  CHECK(again[0].message == "the public id 'G-1.3' is given twice");
}

TEST_CASE("ids are checked where they are written: form, prefix, depth, and not in the bank itself") {
  Result form;
  std::string ledger = kLedger;
  ledger.replace(ledger.find("q3: G-2.1"), 9, "q3: H-2.1");
  run(form, ledger);
  bool reported = false;
  for (const auto& d : form.sorted())
    reported |= d.pos.file == "c/data/identifiants-publics.yaml" &&
                d.message.find("does not start with this bank's prefix, G-") != std::string::npos;
  CHECK(reported);

  Result depth;
  ledger = kLedger;
  ledger.replace(ledger.find("c2: G-2"), 7, "c2: G-2.9");
  run(depth, ledger);
  REQUIRE(depth.diags.error_count() >= 1);
  CHECK(depth.sorted()[0].message == "'G-2.9' names a section: write it G-n");

  Result inline_ref;
  std::string bank = kBank;
  bank.replace(bank.find("      - id: q3\n"), 15, "      - id: q3\n        ref: G-2.1\n");
  run(inline_ref, kLedger, bank);
  REQUIRE(inline_ref.diags.error_count() == 1);
  CHECK(inline_ref.sorted()[0].message == "a public id is not written in the bank");
}

TEST_CASE("once a ledger exists, a bank missing from it is a warning; without a ledger, nothing is asked") {
  Result missing;
  run(missing, "banks: {}\n");
  REQUIRE(missing.diags.error_count() == 0);
  REQUIRE(missing.sorted().size() == 1);
  CHECK(missing.sorted()[0].severity == diag::Severity::warning);
  CHECK(missing.sorted()[0].message == "the bank 'grille' has no public ids: its items show none");

  diag::Diagnostics diags;
  load::MemoryFileSystem fs;
  std::vector<model::Bank> banks(1);
  banks[0].id = "grille";
  banks[0].doc = load::parse_yaml("b.yaml", kBank, diags);
  check::apply_public_ids(banks, load::load_public_ids(fs, "c", diags), diags);
  CHECK(diags.error_count() == 0);
  CHECK_FALSE(banks[0].doc.value["sections"][0].contains("ref"));
}
