#include <re2/filtered_re2.h>
#include <string.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"

namespace treatygraph {

// RE2's prefilter reduces a pattern to a formula over literal words (atoms)
// that any match must satisfy: 》决议 or ”决议 for resolution/by-title. Atoms
// come lowercased (RE2 assumes a lowercased text), so a rule is filtered only
// when its atoms hold no ASCII letter and no character below U+3000 (where
// letters with case live, Ⅰ/ⅰ at U+2160 included; so “” rules are not
// filtered): CJK words and punctuation have no case and match the text as is. Rules with many atoms (every country's
// name) are not filtered: looking for them all would cost more than the scan.
class RulePrefilter {
 public:
  // `filter` holds the rule's pattern alone, compiled; `atoms` its words.
  static std::shared_ptr<const RulePrefilter> Build(std::shared_ptr<const re2::FilteredRE2> filter,
                                                    const std::vector<std::string>& atoms) {
    const size_t kMaxAtoms = 8;
    if (atoms.empty() || atoms.size() > kMaxAtoms) return nullptr;
    for (const std::string& atom : atoms) {
      for (char c : atom) {
        unsigned char b = static_cast<unsigned char>(c);
        bool letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
        bool caseless = b < 0x80 ? !letter : b >= 0xE3 || (b >= 0x80 && b < 0xC0);
        if (!caseless) return nullptr;
      }
    }
    auto out = std::make_shared<RulePrefilter>();
    out->filter_ = std::move(filter);
    out->atoms_ = atoms;
    return out;
  }

  bool MayMatch(std::string_view text) const {
    std::vector<int> present;
    for (size_t i = 0; i < atoms_.size(); ++i) {
      // memmem, not string_view::find: find runs memchr on the first byte,
      // and in Chinese text the lead byte of a character is everywhere.
      if (memmem(text.data(), text.size(), atoms_[i].data(), atoms_[i].size()) != nullptr) {
        present.push_back(static_cast<int>(i));
      }
    }
    std::vector<int> rules;
    filter_->AllPotentials(present, &rules);
    return !rules.empty();
  }

 private:
  std::shared_ptr<const re2::FilteredRE2> filter_;
  std::vector<std::string> atoms_;
};

bool may_match(const Rule& rule, std::string_view text) {
  return rule.prefilter == nullptr || rule.prefilter->MayMatch(text);
}

// The 100 most frequent CJK characters of the genre, most frequent first,
// as counted over the normalised text of samples/ (reshuffled into the bench
// corpus): 国 alone is 3% of the characters, the 100 together 58%.
constexpr std::string_view kCommonCharacters =
    "国合和的成、员组织作。上在联为展经会关有区域济发强行议重际持地进主共年实全对机"
    "领定与要义化同续动加一开制方通于应其平法《》力信建及意斯公将立支安家人本认调构恐"
    "并日约业中海体到以相各贸互用高面交利技基系";

// Where CharIndex key `key` stands in kCommonCharacters; past its end if not.
int common_rank(int key) {
  int rank = 0;
  for (size_t at = 0; at < kCommonCharacters.size(); at += 3, ++rank) {
    if (CharIndex::KeyOf(kCommonCharacters.substr(at, 3)) == key) return rank;
  }
  return rank;
}

// Characters of which every match of `pattern` holds at least one, from
// RE2's prefilter: a formula over the words (atoms) a match needs, monotone
// in them. A set K of characters is sound if the formula is false when every
// atom without a character of K is present: then a match without K's
// characters could hold only such atoms, which is not enough. Starting from
// all the atoms' characters, each is dropped if K stays sound without it:
// the genre's common characters first, then those in the most atoms (a
// character shared by many alternatives is usually a common one). Empty
// when even the full set is not sound.
std::vector<int> derive_triggers(const re2::FilteredRE2& filter, const std::vector<std::string>& atoms) {
  if (atoms.empty()) return {};
  std::vector<std::vector<int>> keys_of(atoms.size());
  std::map<int, int> atoms_holding;  // key -> how many atoms hold it
  for (size_t i = 0; i < atoms.size(); ++i) {
    for (size_t at = 0; at < atoms[i].size();) {
      size_t length = utf8_length(static_cast<unsigned char>(atoms[i][at]));
      int key = CharIndex::KeyOf(std::string_view(atoms[i]).substr(at, length));
      at += length;
      if (key < 0 || std::find(keys_of[i].begin(), keys_of[i].end(), key) != keys_of[i].end()) continue;
      keys_of[i].push_back(key);
      ++atoms_holding[key];
    }
  }
  std::set<int> kept;
  for (const auto& [key, count] : atoms_holding) kept.insert(key);
  auto sound = [&](const std::set<int>& triggers) {
    std::vector<int> present;
    for (size_t i = 0; i < atoms.size(); ++i) {
      bool holds_trigger = false;
      for (int key : keys_of[i]) holds_trigger = holds_trigger || triggers.count(key) > 0;
      if (!holds_trigger) present.push_back(static_cast<int>(i));
    }
    std::vector<int> passed;
    filter.AllPotentials(present, &passed);
    return passed.empty();
  };
  if (kept.empty() || !sound(kept)) return {};
  // A trigger should be rare: the most common characters go first.
  std::vector<std::tuple<int, int, int>> order;  // (common rank, -count, key)
  for (const auto& [key, count] : atoms_holding) order.emplace_back(common_rank(key), -count, key);
  std::sort(order.begin(), order.end());
  for (const auto& [rank, count, key] : order) {
    kept.erase(key);
    if (!sound(kept)) kept.insert(key);
  }
  return std::vector<int>(kept.begin(), kept.end());
}

// Whether `pattern` names a line break where it may match one: \n, \s or a
// raw line break outside a negated class ([^,。\n] keeps lines apart), or
// the s flag (. matching \n).
bool admits_line_break(std::string_view pattern) {
  if (pattern.find("(?s") != std::string_view::npos) return true;
  bool in_class = false, negated = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      char escaped = pattern[++i];
      if ((escaped == 'n' || escaped == 's') && !(in_class && negated)) return true;
      continue;
    }
    if (c == '\n' && !(in_class && negated)) return true;
    if (!in_class && c == '[') {
      in_class = true;
      negated = i + 1 < pattern.size() && pattern[i + 1] == '^';
      if (negated) ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;  // []...] holds a ]
    } else if (in_class && c == ']') {
      in_class = false;
    }
  }
  return false;
}

Result<Rule> compile_rule(std::string name, const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);  // errors are reported as a Status instead
  // A rule that does not let a line break in never matches across one.
  bool within_lines = !admits_line_break(pattern);
  options.set_never_nl(within_lines);
  // One compilation serves the rule, its prefilter and its triggers: the
  // FilteredRE2 holding the pattern alone owns the RE2 the rule matches with
  // (compiling a pattern three times was most of the start-up time).
  auto filter = std::make_shared<re2::FilteredRE2>(/*min_atom_len=*/3);
  int id = 0;
  if (filter->Add(pattern, options, &id) != RE2::NoError) {
    RE2 failed(pattern, options);
    return Status(StatusCode::kInternal, "rule " + name + " does not compile: " + failed.error());
  }
  std::vector<std::string> atoms;
  filter->Compile(&atoms);
  std::vector<int> triggers = within_lines ? derive_triggers(*filter, atoms) : std::vector<int>{};
  std::shared_ptr<const RE2> re(filter, &filter->GetRE2(id));
  return Rule{std::move(name), std::move(re), RulePrefilter::Build(filter, atoms), std::move(triggers)};
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

std::vector<std::string> known_names(const Gazetteer& gazetteer, bool with_organisations) {
  std::vector<std::string> out;
  for (const Gazetteer::Entry& e : gazetteer.entries()) {
    if (e.type != EntityType::kCountry && e.type != EntityType::kPlace &&
        (e.type != EntityType::kOrganization || !with_organisations)) {
      continue;
    }
    out.push_back(e.canonical);
    for (const std::string& a : e.aliases) out.push_back(a);
  }
  return out;
}

OrganisationShortForms::OrganisationShortForms(const Gazetteer& gazetteer) {
  for (const Gazetteer::Entry& e : gazetteer.entries()) {
    if (e.type != EntityType::kOrganization) continue;
    for (const std::string& alias : e.aliases) {
      // A short form two organisations share stays the first one's.
      if (trie_.LongestAt(alias, 0).length == alias.size()) continue;
      trie_.Add(alias, static_cast<uint32_t>(full_names_.size()));
      full_names_.push_back(e.canonical);
    }
  }
}

void OrganisationShortForms::ExpandOpening(std::string* canonical) const {
  PrefixTrie::Match m = trie_.LongestAt(*canonical, 0);
  if (m.value == PrefixTrie::kNoValue) return;
  *canonical = full_names_[m.value] + canonical->substr(m.length);
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
