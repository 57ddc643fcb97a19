// COOPERATES_WITH: two organisations named as partners.
//   上海合作组织秘书处与联合国毒品和犯罪问题办公室于2011年6月签署谅解备忘录
//   上海合作组织地区反恐怖机构与反恐怖主义委员会执行局的合作
//   联合国同上海合作组织的合作
// A与/同/和B, then within the same clause (no other organisation or
// country in between) a word of working together: 合作, 签署, 谅解备忘录,
// 伙伴关系, 对话. The relation runs from the first named to the second. The
// last two of a list (……、X和Y协作) are not partners of each other.
#include <algorithm>

#include "extract/relation_rules.h"

namespace treatygraph {

void relate_cooperation(RelationContext& ctx) {
  using T = EntityType;
  const std::vector<int>& top = ctx.top();
  for (size_t k = 0; k + 1 < top.size(); ++k) {
    int a = top[k], b = top[k + 1];
    const Mention& first = ctx.mention(a);
    const Mention& second = ctx.mention(b);
    if (first.type != T::kOrganization || second.type != T::kOrganization) continue;
    std::string_view link = trim(ctx.between(a, b));
    if (!(link == "与" || link == "同" || link == "和")) continue;
    // In ……与X、Y和Z协作 the list names partners of someone else.
    if (link == "和" && k > 0) {
      std::string_view before = trim(ctx.between(top[k - 1], a));
      if (is_coordinator(before) || before == ",") continue;
    }
    uint32_t limit = second.end + 60;
    if (k + 2 < top.size()) {
      const Mention& third = ctx.mention(top[k + 2]);
      if (third.type == T::kOrganization || third.type == T::kCountry) {
        limit = std::min(limit, third.begin);
      }
    }
    std::string_view tail = ctx.slice(second.end, limit);
    size_t stop = tail.size();
    for (std::string_view end : {"。", ";", ",", "\n"}) stop = std::min(stop, tail.find(end));
    tail = tail.substr(0, stop);
    if (!contains_any(tail, {"合作", "签署", "谅解备忘录", "伙伴关系", "对话", "协作"})) continue;
    ctx.Add("COOPERATES_WITH", a, b, first.begin, second.end, "relation/partners");
  }
}

}  // namespace treatygraph
