#include <doctest/doctest.h>

#include "extract/test_util.h"

namespace treatygraph {

TEST_CASE("dates are normalised to ISO 8601") {
  using V = std::vector<std::string>;
  struct Case {
    const char* text;
    V expected;
  };
  const Case cases[] = {
      {"2004 年 12 月 2 日关于", {"2004-12-02"}},
      {"２０１８ 年 ６月 １０日", {"2018-06-10"}},
      {"于2011年6月通过", {"2011-06"}},                                   // month: no day invented
      {"2016 年 4 月 19 至 21 日在纽约", {"2016-04-19/2016-04-21"}},
      {"2020年 11月 30日至 2021年 2月 28\n日", {"2020-11-30/2021-02-28"}},
      {"2018 年 6 月 9 日和 10 日在", {"2018-06-09", "2018-06-10"}},     // two dates
      {"2019-2020年轮值主席国", {"2019/2020"}},
      {"2027年至2028年", {"2027/2028"}},
      {"二〇一一年六月十五日", {"2011-06-15"}},
      {"2021-09-18 09:21:00", {"2021-09-18"}},
      // A day without its year takes the latest year of the full dates before
      // it, not the year of a past event recalled in between.
      {"2022年12月16日的信。重申2002年3月在贝鲁特举行的会议,欢迎12月9日举行的峰会",
       {"2022-12-16", "2002-03", "2022-12-09"}},
      {"2024年10月12日报道。新华社阿斯塔纳10月11日电 峰会11月6日举行,今年7月6日",
       {"2024-10-12", "2024-10-11", "2024-11-06", "2024-07-06"}},
      {"11月6日举行", {}},                                   // no full date before it
      // A day alone right before where something happens: the latest month
      // above; not a day inside a longer number or date, nor without a place.
      {"2024年07月26日 报道。2002年11月4日签署的宣言。外长会26日在万象举行,论坛将于27日在万象举行。"
       "截至126日在,共有30日内",
       {"2024-07-26", "2002-11-04", "2024-07-26", "2024-07-27"}},
      {"2024年07月26日报道。期待10月在万象举行的领导人会议,2024年10月在", {"2024-07-26", "2024-10", "2024-10"}},
      // A range within the month; the nearest date above sets the month, a
      // later one written above it (a letter's date) does not.
      {"2025年02月19日报道。外长会20日至21日在约翰内斯堡举行。", {"2025-02-19", "2025-02-20/2025-02-21"}},
      {"2024年12月20日的信。领导人于2024年11月13日在利马会晤,16日在利马签署。",
       {"2024-12-20", "2024-11-13", "2024-11-16"}},
      // An event announced for later than the document's own date sets the
      // month of nothing after it.
      {"2025年02月22日 报道。新华社约翰内斯堡2月21日电 支持办好今年11月22日至23日举行的峰会。"
       "会议将于26日至27日在开普敦举行。",
       {"2025-02-22", "2025-02-21", "2025-11-22/2025-11-23", "2025-02-26/2025-02-27"}},
      // But a later month listed right after an announced date, in its
      // sentence, is of its year; past the sentence it is not.
      {"2024年12月4日大会决议。核可2025年的会期安排,即小组委员会会议于2025年2月3日至14日举行,"
       "法律小组委员会会议于5月5日至16日举行。部长们于11月14日至15日举行的会议",
       {"2024-12-04", "2025-02-03/2025-02-14", "2025-05-05/2025-05-16", "2024-11-14/2024-11-15"}},
      // ... or before the manner of a meeting held on it.
      {"2024年10月12日报道。外长理事会特别会议11日以视频方式举行", {"2024-10-12", "2024-10-11"}},
      // A day that opens its clause before a comma, and a month of 今年;
      // not a day inside a clause.
      {"2025年07月11日报道。新华社吉隆坡7月10日电 今年5月,谈判全面完成。11日,王毅将出席外长会,共有30日,",
       {"2025-07-11", "2025-07-10", "2025-05", "2025-07-11"}},
      // 同年 before a range; a yearless range joined by 和 to a range (which
      // the calendar rule's two-date form does not hold).
      {"2025年12月10日\n会议于2019年3月25日至4月5日和同年8月19日至30日举行,2025年4月14日至25日和8月18日至29日,"
       "2024年6月30日和7月1日",
       {"2025-12-10", "2019-03-25/2019-04-05", "2019-08-19/2019-08-30", "2025-04-14/2025-04-25",
        "2025-08-18/2025-08-29", "2024-06-30", "2024-07-01"}},
      // A later month joined to a recalled month is of its year; so is a
      // later day listed with it.
      {"2026年3月16日\n注意到官员于2025年7月和8月在巴库举行的会谈。2025年3月在沿海地区以及7月13日以来在苏韦达省",
       {"2026-03-16", "2025-07", "2025-08", "2025-03", "2025-07-13"}},
      // A web page's date line written with slashes sets the year of 今年
      // and 去年; a symbol's numbers and mixed separators are no date.
      {"发布时间：2023/10/17 22:18 今年8月22日至24日举行,去年6月20日,A/RES/2023/10/17,2023-10/17,2024/5/6",
       {"2023-10-17", "2023-08-22/2023-08-24", "2022-06-20", "2024-05-06"}},
      // A day its nearest month cannot hold is the dateline's month's; a
      // date no month holds is none.
      {"2025年04月30日报道。新华社里约热内卢4月29日电 回顾2月15日至16日举行的峰会。会晤29日通过了声明。"
       "2025年2月29日,2024年2月29日,2025年4月31日",
       {"2025-04-30", "2025-04-29", "2025-02-15/2025-02-16", "2025-04-29", "2024-02-29"}},
      // A day range before a visit, a day before its time of day and a
      // comma; a day just after an event of last year, close after it, is
      // of that year.
      {"2023年12月13日报道。习近平于12日至13日对越南进行国事访问。12日下午,两国元首举行会谈。"
       "去年10月30日至11月1日,阮富仲访华,双方11月2日在北京发表声明。",
       {"2023-12-13", "2023-12-12/2023-12-13", "2023-12-12", "2022-10-30/2022-11-01", "2022-11-02"}},
      // A month of last year with no day, and a day of it after; a day of a
      // recalled month close after it is of that month's year.
      {"新华社巴黎2024年5月6日电 去年4月马克龙总统访华期间,两国元首4月6日在北京发表声明。"
       "此前,习近平2019年3月对法国进行国事访问期间,两国元首3月25日在巴黎签署声明。明年2月在巴黎举办峰会。",
       {"2024-05-06", "2023-04", "2023-04-06", "2019-03", "2019-03-25", "2025-02"}},
      // 和 after a meeting's name opens a date; after a date, it joins a day
      // to it.
      {"2025年6月2日至6日举行的第五十九次部长级会议和11月17日至21日举行的第六十次部长级会议;6月3日和4日",
       {"2025-06-02/2025-06-06", "2025-11-17/2025-11-21", "2025-06-03"}},
      // A day before the nearest one, in a story dated the month after, is
      // of that month.
      {"2025年11月02日报道。新华社庆州11月2日电 高市早苗10月31日会见。\n1日,习近平在庆州举行会谈。",
       {"2025-11-02", "2025-11-02", "2025-10-31", "2025-11-01"}},
      // A range of months, within a year or across two; not a day's range.
      {"2024年10月至12月期间,2023年3月至2024年2月,2024年6月至7月3日", {"2024-10/2024-12", "2023-03/2024-02",
                                                                       "2024-06"}},
      // A Security Council resolution's symbol after a yearless day gives its
      // year; a bare day in the sentence of a recalled event is its day.
      {"2024年6月10日通过\n回顾其2014年8月15日第2170(2014)号和9月24日第 2178(2014)号决议,欢迎委员会"
       "2022年10月28日和29日在孟买和新德里举行的特别会议于29日在新德里通过的宣言。",
       {"2024-06-10", "2014-08-15", "2014-09-24", "2022-10-28", "2022-10-29", "2022-10-29"}},
      // A date recalled with 今年 is not the story's: a bare day after it is
      // of the dateline's month.
      // 当地时间 opens a day's clause; a day within a recalled range just above,
      // in a sentence that points back to it (均, 期间), is one of its days.
      {"2024年09月12日报道。新华社利雅得9月11日电 当地时间11日,李强出席会议。2022年12月7日至10日,习近平出席两场峰会。"
       "两场峰会均于9日举行。访问期间,两国元首于8日签署协议。",
       {"2024-09-12", "2024-09-11", "2024-09-11", "2022-12-07/2022-12-10", "2022-12-09", "2022-12-08"}},
      {"2024年10月24日报道。新华社喀山10月23日电 2023年8月22日至24日在约翰内斯堡举行会晤。行长出席了24日在喀山举行的对话会。",
       {"2024-10-24", "2024-10-23", "2023-08-22/2023-08-24", "2024-10-24"}},
      // A later day listed with a recalled date, or the next step of its story,
      // is of its year; not a day announced (将于).
      {"2026年6月29日\n欢迎双方2025年7月19日在多哈签署的《宣言》、10月14日签署的《议定书》和11月15日签署的《框架》,"
       "于2025年1月27日攻占戈马,并于2月16日攻占布卡武。回顾2024年9月3日的会议,欢迎将于10月14日举行的会议",
       {"2026-06-29", "2025-07-19", "2025-10-14", "2025-11-15", "2025-01-27", "2025-02-16", "2024-09-03",
        "2026-10-14"}},
      // 赴 after a bare day: the day the trip is made.
      {"2024年12月04日报道。本网北京12月3日电 奥利一行还将于5日赴四川成都出席论坛。",
       {"2024-12-04", "2024-12-03", "2024-12-05"}},
      // 本月 with a day is the dateline's month.
      {"2025年11月05日报道。本网比勒陀利亚11月4日电 期待将于本月22日至23日在约翰内斯堡举行的峰会",
       {"2025-11-05", "2025-11-04", "2025-11-22/2025-11-23"}},
      {"2025年10月28日报道。本网吉隆坡10月28日电 今年5月26日举行的峰会通过了愿景。\n东帝汶26日在峰会上成为成员国。",
       {"2025-10-28", "2025-10-28", "2025-05-26", "2025-10-26"}},
      // After a range over two months, a day is of the month it ends in.
      {"2025年11月02日报道。会议10月31日至11月1日在韩国庆州举行。\n1日,会议发表了宣言。",
       {"2025-11-02", "2025-10-31/2025-11-01", "2025-11-01"}},
      // 同日 is the last whole date of its sentence, else the dateline's day.
      {"2025年07月11日报道。新华社吉隆坡7月10日电 2003年10月8日,中国加入条约,双方同日签署宣言。"
       "同日,王毅出席外长会。不同日期",
       {"2025-07-11", "2025-07-10", "2003-10-08", "2003-10-08", "2025-07-10"}},
      {"双方同日签署宣言", {}},  // no day given before it
      // 同年N月 takes the last year written before it, a bare year too.
      {"论坛成立于2000年,首届部长级会议于同年10月在北京举行。2019年6月1日签署,同年7月5日生效,同年",
       {"2000-10", "2019-06-01", "2019-07-05"}},
      {"论坛成立于2000年,首届部长级会议于同年10月在北京举行。", {"2000-10"}},  // no whole date needed
      // A day joined to a 同年 date is of that date's month and year.
      {"2025年1月6日\n回顾2024年10月23日在巴库举行的会议,以及同年12月5日和6日在阿拉木图举行的论坛",
       {"2025-01-06", "2024-10-23", "2024-12-05", "2024-12-06"}},
      {"2019年签署,同年7月5日生效", {"2019-07-05"}},  // a year at the text's start
      // A day within the days of the event just recalled, over a month's end, is
      // that event's, whatever later dates came above.
      {"2025年1月16日以来的暴力。注意到2023年5月2日至6月9日在哈瓦那举行的谈判以及该轮谈判6月9日结束时签署的协定",
       {"2025-01-16", "2023-05-02/2023-06-09", "2023-06-09"}},
      // A day alone before what was adopted on it.
      {"2024年10月24日报道。与会领导人23日通过了《喀山宣言》,共有30日内", {"2024-10-24", "2024-10-23"}},
      // 明年, 去年 shift the year the dates above set.
      {"2024年10月25日报道。会晤将于明年7月在里约热内卢举行,去年11月6日签署", {"2024-10-25", "2025-07", "2023-11-06"}},
      // A day in the month of the past event just named is that event's.
      {"2024年7月23日。重申1993年6月14日至25日举行的世界人权会议于6月25日通过的宣言",
       {"2024-07-23", "1993-06-14/1993-06-25", "1993-06-25"}},
      // ... but 今年 is the year of the writing.
      {"2025年2月22日报道。2024年11月18日至19日举行的峰会。支持办好今年11月22日至23日举行的峰会",
       {"2025-02-22", "2024-11-18/2024-11-19", "2025-11-22/2025-11-23"}},
      // ... but another day of its month is not; a range into the next month.
      {"2025年7月20日。回顾2007年8月16日的宣言,会议将于8月11日至13日举行,8月31日至9月1日",
       {"2025-07-20", "2007-08-16", "2025-08-11/2025-08-13", "2025-08-31/2025-09-01"}},
      // After a verb ending in 到 or 至 the date is one of its own.
      {"2023年7月28日。我们注意到7月26日至27日举行的论坛,截至7月1日", {"2023-07-28", "2023-07-26/2023-07-27", "2023-07-01"}},
      // A day given a name is a day of every year.
      {"2024年5月5日。欢迎宣布3月15日为打击仇视伊斯兰国际日", {"2024-05-05"}},
      {"2024年10月12日。每年3月8日,3月23日运动", {"2024-10-12"}},  // yearly; a movement's name
      {"成立于2001年", {}},                                                // bare year
      {"2019年13月1日", {}},                                               // no such month
      {"《2019-2021年环保合作构想落实措施计划》", {}},  // a year range inside a title is not a Date
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kDate) == c.expected);
  }
}

}  // namespace treatygraph
