#include "core/expr_check.h"

#include <algorithm>

#include "core/join.h"
#include "core/suggest.h"

namespace core::expr {

namespace {

// What the checker knows about a subexpression.
struct Info {
  Type type = Type::any;
  const QuestionSymbol* question = nullptr;  // set when the value is a question's answer
  const Node* node = nullptr;
};

const char* type_name(Type t) {
  switch (t) {
    case Type::any: return "a value";
    case Type::null: return "null";
    case Type::boolean: return "a boolean";
    case Type::number: return "a number";
    case Type::string: return "a string";
    case Type::list: return "a list";
  }
  return "a value";
}

Type type_of(const Value& v) {
  switch (v.kind) {
    case Kind::null: return Type::null;
    case Kind::boolean: return Type::boolean;
    case Kind::number: return Type::number;
    case Kind::string: return Type::string;
    case Kind::list: return Type::list;
  }
  return Type::any;
}

// "question 'surface' (a number)", "the string 'oui'", "a number"
std::string describe(const Info& info) {
  if (info.question) return "question '" + info.question->id + "' (" + type_name(info.type) + ")";
  if (info.node && info.node->op == Op::literal && info.type == Type::string)
    return "the string '" + info.node->value.text + "'";
  return type_name(info.type);
}

const struct { const char* name; Variable variable; } kVariables[] = {
    {"score", Variable::score},         {"max_score", Variable::max_score},
    {"red_lines", Variable::red_lines}, {"answered", Variable::answered},
    {"missing", Variable::missing},
};

const struct { const char* name; Function function; } kFunctions[] = {
    {"answered", Function::answered}, {"count", Function::count},
    {"score_of", Function::score_of}, {"section", Function::section},
    {"section_max", Function::section_max}, {"open", Function::open},
};

std::string choice_list(const QuestionSymbol& q) { return join(q.choices, ", "); }

class Checker {
 public:
  explicit Checker(const Scope& scope) : scope_(scope) {}
  CheckResult result;

  Info visit(Node& n) {
    if (!ok()) return {};
    switch (n.op) {
      case Op::literal: return {type_of(n.value), nullptr, &n};
      case Op::list: return {Type::list, nullptr, &n};
      case Op::name: return name(n);
      case Op::call: return call(n);
      case Op::or_:
      case Op::and_:
        visit(*n.args[0]);
        visit(*n.args[1]);
        return {Type::boolean};
      case Op::not_:
        visit(*n.args[0]);
        return {Type::boolean};
      case Op::eq:
      case Op::ne: return equality(n);
      case Op::lt:
      case Op::le:
      case Op::gt:
      case Op::ge: return ordering(n);
      case Op::in: return membership(n);
      case Op::add:
      case Op::sub:
      case Op::mul:
      case Op::div: return arithmetic(n);
      case Op::neg: {
        Info operand = visit(*n.args[0]);
        if (ok() && !numeric(operand))
          fail(n.args[0]->offset, "'-' needs a number, but " + describe(operand) + " is not one");
        return {Type::number};
      }
    }
    return {};
  }

 private:
  const Scope& scope_;

  bool ok() const { return result.error.empty(); }
  void fail(size_t offset, std::string message) {
    if (!ok()) return;
    result.error = std::move(message);
    result.offset = offset;
  }
  static bool numeric(const Info& i) { return i.type == Type::number || i.type == Type::any; }

  int find_question(const std::string& id) const {
    auto found = scope_.question_index->find(id);
    return found == scope_.question_index->end() ? -1 : found->second;
  }

  std::vector<std::string> question_ids() const {
    std::vector<std::string> ids;
    for (const auto& q : *scope_.questions) ids.push_back(q.id);
    return ids;
  }

  void unknown_question(const Node& n) {
    std::vector<std::string> candidates = question_ids();
    if (scope_.verdict)
      for (const auto& v : kVariables) candidates.push_back(v.name);
    fail(n.offset, "unknown question '" + n.name + "'" + did_you_mean(n.name, candidates));
  }

  Info bind_question(Node& n) {
    int q = find_question(n.name);
    if (q < 0) {
      unknown_question(n);
      return {};
    }
    n.ref = Ref::question;
    n.index = q;
    result.constant = false;
    if (std::find(result.questions.begin(), result.questions.end(), q) == result.questions.end()) {
      result.questions.push_back(q);
      result.question_offsets.push_back(n.offset);
    }
    const QuestionSymbol& symbol = (*scope_.questions)[static_cast<size_t>(q)];
    return {symbol.type, &symbol, &n};
  }

  Info name(Node& n) {
    if (find_question(n.name) >= 0) return bind_question(n);
    for (const auto& v : kVariables) {
      if (n.name != v.name) continue;
      if (!scope_.verdict) {
        fail(n.offset, "'" + n.name + "' is only available in verdicts");
        return {};
      }
      n.ref = Ref::variable;
      n.index = static_cast<int>(v.variable);
      result.constant = false;
      if (v.variable == Variable::missing) result.reads_missing = true;
      return {Type::number, nullptr, &n};
    }
    for (const auto& f : kFunctions)
      if (n.name == f.name) {
        fail(n.offset, "'" + n.name + "' is a function: write " + n.name + "(...)");
        return {};
      }
    unknown_question(n);
    return {};
  }

  Info call(Node& n) {
    const Function* function = nullptr;
    for (const auto& f : kFunctions)
      if (n.name == f.name) function = &f.function;
    if (!function) {
      std::vector<std::string> names;
      for (const auto& f : kFunctions) names.push_back(f.name);
      fail(n.offset, "unknown function '" + n.name + "'" + did_you_mean(n.name, names) +
                         "; functions are answered, count, score_of, section, section_max, open");
      return {};
    }
    n.function = *function;
    switch (*function) {
      case Function::answered:
      case Function::score_of:
        if (n.args.size() != 1) {
          fail(n.offset, n.name + "() takes one question id");
          return {};
        }
        question_argument(n, *n.args[0]);
        return {*function == Function::answered ? Type::boolean : Type::number};
      case Function::count:
        if (n.args.empty()) {
          fail(n.offset, "count() needs at least one question id");
          return {};
        }
        for (auto& arg : n.args) question_argument(n, *arg);
        return {Type::number};
      case Function::section:
      case Function::section_max:
        if (!scope_.verdict) {
          fail(n.offset, n.name + "() is only available in verdicts");
          return {};
        }
        if (n.args.size() != 1 || n.args[0]->op != Op::literal ||
            n.args[0]->value.kind != Kind::string) {
          fail(n.offset, n.name + "() takes one section id in quotes, e.g. " + n.name + "('id')");
          return {};
        }
        section_argument(*n.args[0]);
        return {Type::number};
      case Function::open:
        if (!scope_.verdict) {
          fail(n.offset, "open() is only available in verdicts");
          return {};
        }
        if (n.args.size() != 1 || n.args[0]->op != Op::literal ||
            n.args[0]->value.kind != Kind::string) {
          fail(n.offset, "open() takes one gate id in quotes, e.g. open('lignes_rouges')");
          return {};
        }
        gate_argument(*n.args[0]);
        return {Type::boolean};
    }
    return {};
  }

  void gate_argument(Node& arg) {
    static const std::vector<std::string> none;
    const auto& gates = scope_.gates ? *scope_.gates : none;
    auto found = std::find(gates.begin(), gates.end(), arg.value.text);
    if (found == gates.end()) {
      fail(arg.offset, "unknown gate '" + arg.value.text + "'" + did_you_mean(arg.value.text, gates) +
                           (gates.empty() ? "; the bank declares no gates" : ""));
      return;
    }
    arg.ref = Ref::gate;
    arg.index = static_cast<int>(found - gates.begin());
    result.constant = false;
    if (std::find(result.gates.begin(), result.gates.end(), arg.index) == result.gates.end())
      result.gates.push_back(arg.index);
  }

  void question_argument(const Node& call, Node& arg) {
    if (arg.op != Op::name) {
      fail(arg.offset, "the arguments of " + call.name + "() are question ids, without quotes");
      return;
    }
    bind_question(arg);
  }

  void section_argument(Node& arg) {
    const auto& sections = *scope_.sections;
    auto found = std::find(sections.begin(), sections.end(), arg.value.text);
    if (found == sections.end()) {
      fail(arg.offset, "unknown section '" + arg.value.text + "'" +
                           did_you_mean(arg.value.text, sections));
      return;
    }
    arg.ref = Ref::section;
    arg.index = static_cast<int>(found - sections.begin());
    result.constant = false;
  }

  // A string literal compared with a choice question must be one of its choices.
  void check_choice(const QuestionSymbol& q, const std::string& value, size_t offset) {
    if (q.choices.empty()) return;
    if (std::find(q.choices.begin(), q.choices.end(), value) != q.choices.end()) return;
    fail(offset, "'" + value + "' is not a choice of question '" + q.id + "'" +
                     did_you_mean(value, q.choices) + "; its choices are " + choice_list(q));
  }

  void check_list_items(const QuestionSymbol& q, const Node& list, Type element) {
    for (size_t i = 0; i < list.value.items.size() && ok(); ++i) {
      const Value& item = list.value.items[i];
      if (type_of(item) != element && element != Type::any) {
        fail(list.item_offsets[i], "the list mixes " + std::string(type_name(type_of(item))) +
                                       " with the answers of question '" + q.id + "' (" +
                                       type_name(element) + ")");
        return;
      }
      if (item.kind == Kind::string) check_choice(q, item.text, list.item_offsets[i]);
    }
  }

  static bool string_literal(const Info& i) {
    return i.node && i.node->op == Op::literal && i.type == Type::string;
  }

  Info equality(Node& n) {
    Info left = visit(*n.args[0]);
    Info right = visit(*n.args[1]);
    if (!ok()) return {};
    bool comparable = left.type == right.type || left.type == Type::any ||
                      right.type == Type::any || left.type == Type::null ||
                      right.type == Type::null;
    if (!comparable) {
      fail(n.args[1]->offset, "cannot compare " + describe(left) + " with " + describe(right));
      return {};
    }
    if (left.question && string_literal(right) && left.type == Type::string)
      check_choice(*left.question, right.node->value.text, right.node->offset);
    else if (right.question && string_literal(left) && right.type == Type::string)
      check_choice(*right.question, left.node->value.text, left.node->offset);
    else if (left.question && left.type == Type::list && right.node && right.node->op == Op::list)
      check_list_items(*left.question, *right.node, Type::string);
    return {Type::boolean};
  }

  Info ordering(Node& n) {
    Info left = visit(*n.args[0]);
    Info right = visit(*n.args[1]);
    if (!ok()) return {};
    if (!numeric(left))
      fail(n.args[0]->offset, "'" + op_text(n.op) + "' compares numbers, but " + describe(left) +
                                  " is not one");
    else if (!numeric(right))
      fail(n.args[1]->offset, "'" + op_text(n.op) + "' compares numbers, but " + describe(right) +
                                  " is not one");
    return {Type::boolean};
  }

  Info membership(Node& n) {
    Info left = visit(*n.args[0]);
    Info right = visit(*n.args[1]);
    if (!ok()) return {};
    if (right.type != Type::list && right.type != Type::any) {
      fail(n.args[1]->offset, "'in' needs a list on its right (a multi question or ['a', 'b']), "
                              "but " + describe(right) + " is not one");
      return {};
    }
    if (left.type == Type::list) {
      fail(n.args[0]->offset, "the left of 'in' must be one value, not " + describe(left));
      return {};
    }
    if (right.question && string_literal(left)) {
      check_choice(*right.question, left.node->value.text, left.node->offset);
    } else if (right.question && left.type != Type::string && left.type != Type::any &&
               left.type != Type::null) {
      fail(n.args[0]->offset, "question '" + right.question->id + "' holds choice ids (strings), "
                              "but " + describe(left) + " is not one");
    } else if (left.question && right.node && right.node->op == Op::list) {
      check_list_items(*left.question, *right.node, left.type);
    }
    return {Type::boolean};
  }

  Info arithmetic(Node& n) {
    Info left = visit(*n.args[0]);
    Info right = visit(*n.args[1]);
    if (!ok()) return {};
    if (!numeric(left))
      fail(n.args[0]->offset, "'" + op_text(n.op) + "' needs numbers, but " + describe(left) +
                                  " is not one");
    else if (!numeric(right))
      fail(n.args[1]->offset, "'" + op_text(n.op) + "' needs numbers, but " + describe(right) +
                                  " is not one");
    return {Type::number};
  }

  static std::string op_text(Op op) {
    switch (op) {
      case Op::lt: return "<";
      case Op::le: return "<=";
      case Op::gt: return ">";
      case Op::ge: return ">=";
      case Op::add: return "+";
      case Op::sub: return "-";
      case Op::mul: return "*";
      case Op::div: return "/";
      default: return "?";
    }
  }
};

}  // namespace

CheckResult check(Node& root, const Scope& scope) {
  Checker checker(scope);
  checker.visit(root);
  return std::move(checker.result);
}

}  // namespace core::expr
