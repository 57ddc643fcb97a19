#include "extract/extractors_internal.h"

namespace treatygraph {

Result<Rule> compile_rule(std::string name, const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);  // errors are reported as a Status instead
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) {
    return Status(StatusCode::kInternal, "rule " + name + " does not compile: " + re->error());
  }
  return Rule{std::move(name), std::move(re)};
}

Result<std::vector<Rule>> compile_rules(const std::vector<const char*>& names,
                                        const std::vector<std::string>& patterns) {
  std::vector<Rule> rules;
  for (size_t i = 0; i < patterns.size(); ++i) {
    Result<Rule> r = compile_rule(names[i], patterns[i]);
    if (!r.ok()) return r.status();
    rules.push_back(std::move(r.value()));
  }
  return rules;
}

std::vector<std::string> country_and_place_names(const Gazetteer& gazetteer) {
  std::vector<std::string> out;
  for (const Gazetteer::Entry& e : gazetteer.entries()) {
    if (e.type != EntityType::kCountry && e.type != EntityType::kPlace) continue;
    out.push_back(e.canonical);
    for (const std::string& a : e.aliases) out.push_back(a);
  }
  return out;
}

Mention make_mention(EntityType type, std::string_view text, uint32_t begin, uint32_t end,
                     std::string canonical, const std::string& rule) {
  Mention m;
  m.type = type;
  m.begin = begin;
  m.end = end;
  m.name = std::string(text.substr(begin, end - begin));
  m.canonical = canonical.empty() ? m.name : std::move(canonical);
  m.rule = rule;
  return m;
}

long parse_number(std::string_view s) {
  if (s.empty()) return -1;
  bool arabic = true;
  for (char c : s) arabic = arabic && c >= '0' && c <= '9';
  if (arabic) return s.size() > 9 ? -1 : std::stol(std::string(s));
  // Chinese numerals: positional digit strings (二〇一一) or unit forms (二十三).
  static const std::pair<std::string_view, int> kDigits[] = {
      {"〇", 0}, {"零", 0}, {"一", 1}, {"二", 2}, {"两", 2}, {"三", 3}, {"四", 4},
      {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}};
  static const std::pair<std::string_view, int> kUnits[] = {{"十", 10}, {"百", 100}, {"千", 1000}};
  long total = 0, digit = -1, positional = 0;
  bool has_unit = false;
  for (size_t i = 0; i < s.size();) {
    bool matched = false;
    for (const auto& [text, value] : kDigits) {
      if (s.compare(i, text.size(), text) == 0) {
        digit = value;
        positional = positional * 10 + value;
        i += text.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const auto& [text, value] : kUnits) {
      if (s.compare(i, text.size(), text) == 0) {
        total += (digit < 0 ? 1 : digit) * value;
        digit = -1;
        has_unit = true;
        i += text.size();
        matched = true;
        break;
      }
    }
    if (!matched) return -1;
  }
  if (!has_unit) return positional;
  return total + (digit < 0 ? 0 : digit);
}

}  // namespace treatygraph
