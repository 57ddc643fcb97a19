// PART_OF: an organ, secretariat or body -> its parent organisation.
//
// The ways the text says so:
//   name prefix   上合组织秘书处 -> 上海合作组织 (the prefix is a name or alias
//                 of another organisation of the document; the longest one:
//                 联合国亚洲及太平洋经济社会委员会秘书处 -> 联合国亚洲及太平洋经济社会委员会)
//                 but not when the prefix names a convention the body serves:
//                 联合国气候变化框架公约秘书处
//   adjacency     秘书处人道主义事务协调厅 -> 秘书处 (two organisations written
//                 together, the first qualifying the second)
//   inclusion     反恐怖主义办公室(包括联合国反恐中心) -> 反恐怖主义办公室,
//                 联合国包括其安全理事会 / 联合国及其安全理事会 -> 联合国
//   predication   地区反恐怖机构是上合组织的常设机构 -> 上合组织
//   organ lists   作为经济合作组织的专门机构的文化学会、科学基金会和教育学会
//                 阿拉伯国家联盟及其专门组织,特别是阿拉伯劳工组织和……
//                 本组织常设机构——北京秘书处和塔什干地区反恐怖机构
//                 (本组织 is the organisation the document declared it for:
//                 上海合作组织(以下简称“上合组织”或“本组织”); the dash is
//                 "--" once normalised)
//   shared name   上合组织实业家委员会和银行联合体 -> 上合组织 for both, when
//                 the extractor resolved the second under the same parent
#include <algorithm>
#include <map>

#include "extract/relation_rules.h"

namespace treatygraph {
namespace {

using T = EntityType;

// Words that make a name an instrument's: the body belongs to the treaty.
bool names_instrument(std::string_view s) {
  return contains_any(s, {"公约", "条约", "协定", "议定书", "宪章", "框架"});
}

// A name that goes on with a conjunction names two bodies, and one that
// goes on with a dash and another organisation names a joint body
// (经济合作组织-国际电信联盟); neither is an organ of the first. A dash and
// a country is a body of the first (上合组织-阿富汗联络组).
bool joins_another(std::string_view rest, const std::map<std::string, int>& organisations) {
  // 和平 is peace, not 和 (非洲联盟和平与安全理事会 is the AU's organ).
  if (starts_with(rest, "和平") || starts_with(rest, "和谐")) return false;
  for (std::string_view j : {"和", "与", "及", "、", "同", "/", ","}) {
    if (starts_with(rest, j)) return true;
  }
  for (std::string_view dash : {"-", "—"}) {
    if (!starts_with(rest, dash)) continue;
    std::string_view other = rest.substr(dash.size());
    for (const auto& [form, i] : organisations) {
      if (starts_with(other, form)) return true;
    }
  }
  return false;
}

// Words that introduce the organs of an organisation.
bool introduces_organs(std::string_view s) {
  return contains_any(s, {"机构", "机关", "附属", "下属", "下设", "专门组织"});
}

bool is_self_reference(std::string_view name) { return name == "本组织" || name == "该组织"; }

// The organisation 本组织 stands for: the one declared with that alias, else
// none (a guess would attach organs to the wrong parent).
int own_organisation(const RelationContext& ctx) {
  size_t pos = ctx.text().find("“本组织”");
  if (pos == std::string_view::npos) return -1;
  int best = -1;
  for (int i = 0; i < static_cast<int>(ctx.mentions().size()); ++i) {
    const Mention& m = ctx.mention(i);
    if (m.type != T::kOrganization || m.end > pos || is_self_reference(m.name)) continue;
    if (pos - m.end <= 60) best = i;
  }
  return best;
}

void by_name_prefix(RelationContext& ctx) {
  // Every written form of every organisation -> one mention of it.
  std::map<std::string, int> forms;
  for (int i = 0; i < static_cast<int>(ctx.mentions().size()); ++i) {
    const Mention& m = ctx.mention(i);
    if (m.type != T::kOrganization || is_self_reference(m.name)) continue;
    forms.emplace(m.name, i);
    if (!m.canonical.empty()) forms.emplace(m.canonical, i);
  }
  // The longest form another organisation's written name begins with. The
  // name as written, not the canonical form: that may add a parent the text
  // does not give (反恐怖主义办公室 resolved to 联合国反恐怖主义办公室).
  std::map<std::string, std::pair<int, std::string>> memo;  // name -> (parent, prefix)
  auto parent_of = [&](int i, std::string* prefix) {
    const Mention& m = ctx.mention(i);
    auto known = memo.find(m.name);
    if (known != memo.end()) {
      *prefix = known->second.second;
      return known->second.first;
    }
    int parent = -1;
    for (const auto& [form, j] : forms) {
      if (form.size() >= m.name.size() || form.size() <= prefix->size()) continue;
      if (!starts_with(m.name, form) || ctx.entity_of(j) == ctx.entity_of(i)) continue;
      std::string_view rest = std::string_view(m.name).substr(form.size());
      if (names_instrument(rest) || joins_another(rest, forms)) continue;
      parent = j;
      *prefix = form;
    }
    memo.emplace(m.name, std::make_pair(parent, *prefix));
    return parent;
  };
  // Nested names count too: the council inside 上海合作组织成员国元首理事会
  // 第十八次会议 is an organ of its own.
  for (int i = 0; i < static_cast<int>(ctx.mentions().size()); ++i) {
    const Mention& m = ctx.mention(i);
    if (m.type != T::kOrganization || ctx.HasFrom("PART_OF", i)) continue;
    std::string prefix;
    int parent = parent_of(i, &prefix);
    if (parent >= 0) ctx.Add("PART_OF", i, parent, m.begin, m.end, "relation/part-of-name");
  }
  // 上合组织实业家委员会和银行联合体: the second shares the first's parent
  // when its resolved name says so too (the canonical form adds the prefix
  // the written name leaves out).
  const std::vector<int>& top = ctx.top();
  for (size_t k = 1; k < top.size(); ++k) {
    int i = top[k], a = top[k - 1];
    const Mention& m = ctx.mention(i);
    const Mention& first = ctx.mention(a);
    if (m.type != T::kOrganization || first.type != T::kOrganization) continue;
    if (ctx.HasFrom("PART_OF", i) || names_instrument(m.name)) continue;
    // 和/及 share a modifier; a 、 list names bodies each in full.
    std::string_view gap = trim(ctx.between(a, i));
    if (gap != "和" && gap != "及") continue;
    std::string first_prefix;
    int shared = parent_of(a, &first_prefix);
    if (shared < 0) continue;
    const Mention& p = ctx.mention(shared);
    bool resolved_under = starts_with(m.canonical, first_prefix) ||
                          (!p.canonical.empty() && starts_with(m.canonical, p.canonical));
    bool written_under = starts_with(m.name, first_prefix) ||
                         (!p.canonical.empty() && starts_with(m.name, p.canonical));
    if (resolved_under && !written_under) {
      ctx.Add("PART_OF", i, shared, first.begin, m.end, "relation/part-of-shared-name");
    }
  }
}

// The text between two list items with "设在<place>的" taken out:
// 两个常设机构——设在北京的秘书处和设在塔什干的……
std::string without_seats(const RelationContext& ctx, uint32_t begin, uint32_t end) {
  std::string out;
  const std::vector<int>& top = ctx.top();
  for (size_t k = ctx.top_at(begin); k < top.size() && ctx.mention(top[k]).begin < end; ++k) {
    const Mention& m = ctx.mention(top[k]);
    if (m.end > end) continue;
    if (m.type != T::kPlace && m.type != T::kCountry) continue;
    out += ctx.slice(begin, m.begin);
    begin = m.end;
  }
  out += ctx.slice(begin, end);
  for (const char* seat : {"设在", "位于"}) {
    for (size_t p = out.find(seat); p != std::string::npos; p = out.find(seat)) {
      size_t de = out.find("的", p);
      out.erase(p, de == std::string::npos ? 6 : de + 3 - p);
    }
  }
  return out;
}

// The next organisation after top index k, stepping over seats.
size_t next_organisation(const RelationContext& ctx, size_t k) {
  const std::vector<int>& top = ctx.top();
  for (size_t j = k; j < top.size(); ++j) {
    T t = ctx.mention(top[j]).type;
    if (t == T::kOrganization) return j;
    if (t != T::kPlace && t != T::kCountry) return top.size();
  }
  return top.size();
}

// PARENT <intro> ORGAN、ORGAN和ORGAN, where the intro names organs
// (……机构——, 的专门机构的). `intro_begin` is where the intro starts.
void organ_list(RelationContext& ctx, int parent, uint32_t intro_begin, size_t k,
                uint32_t evidence_begin, const char* rule) {
  const std::vector<int>& top = ctx.top();
  size_t j = next_organisation(ctx, k);
  if (j >= top.size()) return;
  std::string_view raw = ctx.slice(intro_begin, ctx.mention(top[j]).begin);
  if (raw.size() > 90 || shape_of(raw).sentence_break) return;
  std::string intro = without_seats(ctx, intro_begin, ctx.mention(top[j]).begin);
  std::string_view tail = trim(intro);
  if (!introduces_organs(tail)) return;
  if (!(ends_with(tail, "——") || ends_with(tail, "-") || ends_with(tail, ":") ||
        ends_with(tail, "(") || ends_with(tail, "的") || ends_with(tail, "机构") ||
        ends_with(tail, "机关") || ends_with(tail, "机构,即") || ends_with(tail, "机关,即") ||
        ends_with(tail, "机构,包括") || ends_with(tail, "机关,包括") ||
        // 及其专门组织,特别是A和B / 及其专门机构,包括A
        // (its own: not 与各国际组织和专门机构,特别是世界卫生组织)
        (starts_with(tail, "及其") && contains_any(tail, {"专门组织,", "专门机构,"}) &&
         (ends_with(tail, "特别是") || ends_with(tail, "包括") || ends_with(tail, "尤其是"))))) {
    return;
  }
  while (j < top.size()) {
    const Mention& organ = ctx.mention(top[j]);
    ctx.Add("PART_OF", top[j], parent, evidence_begin, organ.end, rule);
    size_t n = next_organisation(ctx, j + 1);
    if (n >= top.size()) break;
    std::string gap = without_seats(ctx, organ.end, ctx.mention(top[n]).begin);
    if (!is_coordinator(trim(gap))) break;
    j = n;
  }
}

void by_position(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  for (size_t k = 0; k < top.size(); ++k) {
    int i = top[k];
    const Mention& m = ctx.mention(i);
    if (m.type != T::kOrganization) continue;
    // Adjacency and inclusion: the parent is written first. Its short name
    // in brackets may come between: 所设委员会(南苏丹制裁委员会)及其专家小组.
    size_t after = k + 1;
    int last = i;
    if (after + 1 < top.size() && ctx.entity_of(top[after]) == ctx.entity_of(i) &&
        ctx.between(i, top[after]) == "(" && starts_with(ctx.between(top[after], top[after + 1]), ")")) {
      last = top[after++];
    }
    if (after < top.size()) {
      int j = top[after];
      const Mention& next = ctx.mention(j);
      std::string_view gap = ctx.between(last, j);
      if (last != i) gap = trim(gap.substr(1));  // after the bracket's ')'
      // A short name that is no mention of its own: 所设委员会(“委员会”)及其.
      size_t close = gap.find(')');
      if (last == i && starts_with(gap, "(") && close != std::string_view::npos && close <= 30) {
        gap = trim(gap.substr(close + 1));
      }
      // 给予国际奥委会大会观察员地位: a body's status in the Assembly, not
      // the Assembly as its organ.
      bool status_in = starts_with(ctx.slice(next.end, next.end + 12), "观察员");
      if (next.type == T::kOrganization && !is_self_reference(m.name) && !status_in &&
          (gap.empty() || gap == "(包括" || gap == "包括其" || gap == "及其" || gap == "下设的" ||
           gap == "下属的" || gap == "所属的" || gap == "的附属机构")) {
        ctx.Add("PART_OF", j, i, m.begin, next.end, "relation/part-of-written");
      }
    }
    // X是Y的常设机构: the organ is named first.
    if (k + 1 < top.size()) {
      int j = top[k + 1];
      const Mention& parent = ctx.mention(j);
      std::string_view is = trim(ctx.between(i, j));
      std::string_view tail = ctx.slice(parent.end, parent.end + 30);
      tail = tail.substr(0, std::min(tail.find(","), tail.find("。")));
      if (parent.type == T::kOrganization && (is == "是" || is == "为") &&
          starts_with(tail, "的") && contains_any(tail, {"机构", "机关", "组成部分"})) {
        ctx.Add("PART_OF", i, j, m.begin, parent.end, "relation/part-of-written");
      }
    }
    // 本组织 stands for the document's own organisation: used directly when
    // the extractor resolved it, else found below from its declaration.
    if (!is_self_reference(m.name) || m.canonical != m.name) {
      organ_list(ctx, i, m.end, k + 1, m.begin, "relation/part-of-organs");
    }
  }
  // 本组织……机构——ORGAN和ORGAN: the organs of the document's own organisation.
  int own = own_organisation(ctx);
  if (own < 0) return;
  std::string_view text = ctx.text();
  const std::string_view kOwn = "本组织";
  for (size_t pos = text.find(kOwn); pos != std::string_view::npos;
       pos = text.find(kOwn, pos + 1)) {
    size_t k = ctx.top_at(static_cast<uint32_t>(pos + kOwn.size()));
    uint32_t begin = static_cast<uint32_t>(pos);
    organ_list(ctx, own, begin + static_cast<uint32_t>(kOwn.size()), k, begin,
               "relation/part-of-own-organs");
  }
}

}  // namespace

void relate_part_of(RelationContext& ctx) {
  // What the text states first: a body it places under a parent is not
  // also put under the organisation its name begins with
  // (反恐怖主义办公室(包括联合国反恐中心)).
  by_position(ctx);
  by_name_prefix(ctx);
}

}  // namespace treatygraph
