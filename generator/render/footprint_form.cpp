#include "render/footprint_form.h"


namespace render {

namespace {

// What fills a field: a number, or a choice among the reference data's rows.
enum class Kind { Number, Location, Hardware, Model, Media };

struct Field {
  const char* block;  // "projet" (shared by both scenarios), "grid", "train", "infer", ...
  const char* key;    // the field's name within its block
  const char* label;
  const char* unit;   // "" = none
  const char* hint;   // "" = none
  Kind kind;
  const char* min;
  const char* step;
  const char* avec;   // default value in the "Avec IA" scenario ("" = empty)
  const char* sans;   // default value in the "Sans IA" scenario
};

const char kAny[] = "any";

// The form, in page order. Names are `projet-<key>`, `<scenario>-<key>` for the grid block (the
// electricity settings copied into each energy item) and `<scenario>-<block>-<key>` otherwise: the
// saved files and share links of the calculator use these names.
const Field kFields[] = {
    {"projet", "lifetime_years", "Durée de vie du projet", "ans",
     "Les entraînements sont répartis sur cette durée ; l’usage et l’amortissement du matériel comptent chaque année.",
     Kind::Number, "0", kAny, "3", "3"},
    {"projet", "carbon_price", "Prix du carbone", "€ par tonne de CO2e",
     "Coût des externalités à intégrer dès la conception ; 200 € par tonne proposé par défaut.",
     Kind::Number, "0", kAny, "200", "200"},
    {"grid", "location", "Lieu des serveurs", "",
     "Fixe l’intensité carbone de l’électricité (gCO2e/kWh) et l’eau de sa production.",
     Kind::Location, "", "", "FR", "FR"},
    {"grid", "carbon_intensity", "Ou intensité carbone connue", "gCO2e/kWh",
     "Facultatif : remplace celle du lieu (par exemple la valeur publiée par votre hébergeur).",
     Kind::Number, "0", kAny, "", ""},
    {"grid", "pue", "PUE du centre de données", "",
     "Facultatif. Vide : 1,56 (moyenne mondiale), 1,2 pour l’inférence. Repère : un PUE inférieur à 1,5 est attendu.",
     Kind::Number, "1", kAny, "", ""},
    {"train", "hardware", "Matériel", "", "Un processeur (puissance par cœur) ou une carte GPU.",
     Kind::Hardware, "", "", "A100", ""},
    {"train", "units", "Nombre de cœurs ou de cartes GPU", "", "", Kind::Number, "0", "1", "4", ""},
    {"train", "tdp", "Ou puissance par cœur ou par carte", "W", "Facultatif : pour un matériel absent de la liste.",
     Kind::Number, "0", kAny, "", ""},
    {"train", "runtime_h", "Durée d’un entraînement", "heures", "", Kind::Number, "0", kAny, "24", ""},
    {"train", "memory_gb", "Mémoire vive", "Go", "", Kind::Number, "0", kAny, "64", ""},
    {"train", "count", "Nombre d’entraînements sur la durée de vie", "",
     "Premier entraînement, réentraînements et affinages compris.", Kind::Number, "0", "1", "2", ""},
    {"infer", "model", "Modèle", "", "", Kind::Model, "", "", "mistral-7b", ""},
    {"infer", "active_params_b", "Ou paramètres actifs du modèle", "milliards",
     "Pour un modèle absent de la liste (mélange d’experts : paramètres actifs par jeton).",
     Kind::Number, "0", kAny, "", ""},
    {"infer", "input_tokens", "Jetons en entrée par requête", "jetons",
     "Question, consignes et documents fournis au modèle.", Kind::Number, "0", "1", "1500", ""},
    {"infer", "output_tokens", "Jetons générés par requête", "jetons",
     "Environ 0,75 mot par jeton en anglais, un peu moins en français.", Kind::Number, "0", "1", "300", ""},
    {"infer", "requests_per_year", "Requêtes par an", "requêtes", "", Kind::Number, "0", "1", "100000", ""},
    {"run", "hardware", "Matériel", "", "", Kind::Hardware, "", "", "", "xeon-gold-6148"},
    {"run", "units", "Nombre de cœurs ou de cartes GPU", "", "", Kind::Number, "0", "1", "", "4"},
    {"run", "tdp", "Ou puissance par cœur ou par carte", "W", "Facultatif.", Kind::Number, "0", kAny, "", ""},
    {"run", "usage", "Taux d’utilisation", "entre 0 et 1", "Part de la puissance réellement utilisée ; 1 par défaut.",
     Kind::Number, "0", kAny, "", ""},
    {"run", "runtime_h", "Heures de fonctionnement par an", "heures", "Une année pleine compte 8 760 heures.",
     Kind::Number, "0", kAny, "", "2000"},
    {"run", "memory_gb", "Mémoire vive", "Go", "", Kind::Number, "0", kAny, "", "16"},
    {"storage", "tb", "Volume stocké", "To", "", Kind::Number, "0", kAny, "1", "1"},
    {"storage", "media", "Support", "", "", Kind::Media, "", "", "ssd", "ssd"},
    {"storage", "replication", "Nombre de copies", "", "Sauvegardes et réplicas compris ; 1 par défaut.",
     Kind::Number, "1", "1", "", ""},
    {"transfer", "gb_per_year", "Volume transféré par an", "Go", "", Kind::Number, "0", kAny, "100", "100"},
    {"equip", "hardware", "Matériel", "", "Serveurs, cartes GPU ou postes achetés pour le projet.",
     Kind::Hardware, "", "", "", ""},
    {"equip", "quantity", "Quantité", "", "", Kind::Number, "0", "1", "", ""},
    {"equip", "embodied_kgco2e", "Ou empreinte de fabrication par unité", "kgCO2e",
     "À saisir quand le matériel n’a pas de valeur publiée dans nos données.", Kind::Number, "0", kAny, "", ""},
    {"equip", "share", "Part attribuée au projet", "entre 0 et 1", "1 si le matériel ne sert qu’à ce projet.",
     Kind::Number, "0", kAny, "", ""},
};

struct Block {
  const char* id;
  const char* step;    // the step (page) that shows it
  const char* legend;  // shown when a step holds more than one block
};

const Block kBlocks[] = {
    {"projet", "projet", "Le projet"},
    {"grid", "projet", "Électricité et centre de données"},
    {"train", "entrainement", "Entraînement ou affinage (construction)"},
    {"infer", "inference", "Inférence d’un modèle de langage (usage)"},
    {"run", "production", "Calcul en production (usage)"},
    {"storage", "donnees", "Stockage des données (usage)"},
    {"transfer", "donnees", "Transfert de données (usage)"},
    {"equip", "materiel", "Fabrication du matériel dédié (construction)"},
};

struct Scenario {
  const char* prefix;
  const char* label;
  const char* intro;
};

const Scenario kScenarios[] = {
    {"avec", "Avec IA", "La solution qui utilise un modèle d’IA."},
    {"sans", "Sans IA", "La solution de remplacement sans IA (traitement classique, travail outillé…)."},
};

const Block& block_of(const Field& f) {
  for (const Block& b : kBlocks)
    if (std::string(b.id) == f.block) return b;
  return kBlocks[0];
}

std::string field_name(const Field& f, const char* scenario) {
  const std::string block = f.block;
  if (block == "projet") return "projet-" + std::string(f.key);
  if (block == "grid") return std::string(scenario) + "-" + f.key;
  return std::string(scenario) + "-" + block + "-" + f.key;
}

using templating::Data;
using templating::List;

Data option(const std::string& value, const std::string& label, const std::string& selected) {
  Data data;
  data.set("value", value);
  data.set("label", label);
  data.set("selected", value == selected);
  return data;
}

// The options of a choice field, from the reference table that lists them.
List options(Kind kind, const std::string& selected, const nlohmann::ordered_json& reference) {
  List out;
  auto rows = [&](const char* table, const char* key, bool with_code) {
    for (const auto& row : reference.value(table, nlohmann::ordered_json::array())) {
      const std::string value = row.value(key, std::string());
      const std::string label = row.value("label", std::string());
      out.push_back(option(value, with_code ? label + " (" + value + ")" : label, selected));
    }
  };
  switch (kind) {
    case Kind::Location: rows("locations", "code", true); break;
    case Kind::Hardware: out.push_back(option("", "— aucun —", selected)); rows("hardware", "id", false); break;
    case Kind::Model: out.push_back(option("", "Autre (préciser les paramètres)", selected)); rows("models", "id", false); break;
    case Kind::Media: out.push_back(option("ssd", "SSD", selected)); out.push_back(option("hdd", "Disque dur (HDD)", selected)); break;
    case Kind::Number: break;
  }
  return out;
}

// One field (templates/tools/calculator-field.mustache).
Data field_data(const Field& f, const char* scenario, const nlohmann::ordered_json& reference) {
  const std::string name = field_name(f, scenario);
  const std::string value = std::string(scenario) == "sans" ? f.sans : f.avec;
  Data data;
  data.set("field_id", "fp-" + name);
  data.set("name", name);
  data.set("label", f.label);
  data.set("unit", *f.unit ? Data(f.unit) : Data(false));
  data.set("hint", *f.hint ? Data(f.hint) : Data(false));
  data.set("is_number", f.kind == Kind::Number);
  data.set("min", f.min);
  data.set("step", f.step);
  data.set("value", templating::text_or_false(value));
  data.set("options", options(f.kind, value, reference));
  return data;
}

}  // namespace

const std::vector<FootprintStep>& footprint_steps() {
  static const std::vector<FootprintStep> steps = {
      {"projet", "outils/empreinte.html", "Le projet et l’électricité"},
      {"entrainement", "outils/empreinte-entrainement.html", "Entraînement ou affinage"},
      {"inference", "outils/empreinte-inference.html", "Inférence d’un modèle de langage"},
      {"production", "outils/empreinte-production.html", "Calcul en production"},
      {"donnees", "outils/empreinte-donnees.html", "Stockage et transfert de données"},
      {"materiel", "outils/empreinte-materiel.html", "Fabrication du matériel"},
      {"resultats", "outils/empreinte-resultats.html", "Résultats et enregistrement"},
  };
  return steps;
}

std::string footprint_step_fields(size_t index, const nlohmann::ordered_json& reference,
                                  const templating::Templates& templates, std::vector<std::string>& unknown) {
  const std::string step = footprint_steps().at(index).id;
  std::vector<const Block*> blocks;
  for (const Block& b : kBlocks)
    if (step == b.step && std::string(b.id) != "projet") blocks.push_back(&b);
  Data data;
  if (step == "projet") {
    List fields;
    for (const Field& f : kFields)
      if (std::string(f.block) == "projet") fields.push_back(field_data(f, "", reference));
    Data common;
    common.set("fields", fields);
    data.set("common", common);
  } else {
    data.set("common", false);
  }
  data.set("has_scenarios", !blocks.empty());
  List scenarios;
  for (const Scenario& sc : kScenarios) {
    Data scenario;
    scenario.set("prefix", sc.prefix);
    scenario.set("label", sc.label);
    scenario.set("intro", step == "projet" ? Data(sc.intro) : Data(false));
    List block_list;
    for (const Block* b : blocks) {
      Data block;
      // One block: the step's heading already names it; several: each gets its own fieldset.
      block.set("grouped", blocks.size() > 1);
      block.set("legend", b->legend);
      List fields;
      for (const Field& f : kFields)
        if (std::string(f.block) == b->id) fields.push_back(field_data(f, sc.prefix, reference));
      block.set("fields", fields);
      block_list.push_back(block);
    }
    scenario.set("blocks", block_list);
    scenarios.push_back(scenario);
  }
  data.set("scenarios", scenarios);
  return templates.render("tools/calculator-fields", data, unknown);
}

std::string footprint_form_script() {
  nlohmann::ordered_json steps = nlohmann::ordered_json::array();
  for (const FootprintStep& s : footprint_steps())
    steps.push_back({{"id", s.id}, {"url", s.url.substr(7)}, {"title", s.title}});
  nlohmann::ordered_json fields = nlohmann::ordered_json::array();
  for (const Field& f : kFields) {
    const bool shared = std::string(f.block) == "projet";
    for (const Scenario& sc : kScenarios) {
      nlohmann::ordered_json field = {{"name", field_name(f, sc.prefix)}, {"step", block_of(f).step},
                                      {"value", std::string(sc.prefix) == "sans" ? f.sans : f.avec}};
      if (f.kind != Kind::Number) field["choice"] = true;
      fields.push_back(std::move(field));
      if (shared) break;
    }
  }
  nlohmann::ordered_json form = {{"steps", steps}, {"fields", fields}};
  // The texts are the generator's own: no '<' to escape, but keep the script unbreakable anyway.
  std::string json = form.dump();
  std::string out;
  for (char c : json) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
  return "window.GUIDE_FOOTPRINT_FORM=" + out + ";\n";
}

}  // namespace render
