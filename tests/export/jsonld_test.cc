#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "treatygraph/export.h"

namespace treatygraph {
namespace {

// The graph of one document, written as JSON-LD and parsed back.
rapidjson::Document written_jsonld(const Document& d) {
  KnowledgeGraph g;
  Extractors ex = std::move(Extractors::Create(Gazetteer::BuiltIn()).value());
  g.AddDocument(d, ex.Run(d));
  g.Finalize();
  std::string path = "jsonld_test.jsonld";
  REQUIRE(write_jsonld(g, path).ok());
  std::stringstream buf;
  buf << std::ifstream(path).rdbuf();
  std::remove(path.c_str());
  rapidjson::Document json;
  json.Parse(buf.str().c_str());
  REQUIRE(!json.HasParseError());
  return json;
}

}  // namespace

TEST_CASE("JSON-LD has an inline context, undocs IRIs and evidence with offsets") {
  Document d = ingest_bytes("a.txt", "", "标题\n\n回顾第 59/48 号决议。").value();
  rapidjson::Document json = written_jsonld(d);
  REQUIRE(json["@context"].IsObject());
  CHECK(std::string(json["@context"]["schema"].GetString()) == "https://schema.org/");
  bool found = false;
  std::string sentence_iri;
  for (const auto& item : json["@graph"].GetArray()) {
    if (std::string(item["@id"].GetString()) != "https://undocs.org/A/RES/59/48") continue;
    found = true;
    CHECK(std::string(item["@type"].GetString()) == "schema:Legislation");
    const auto& ev = item["tg:mention"][0];
    CHECK(ev["tg:line"].GetUint() == 3);
    CHECK(ev["tg:byteStart"].GetUint() == d.original.find("第"));
    CHECK(ev["tg:byteEnd"].GetUint() == d.original.find("。"));
    CHECK(std::string(ev["tg:surface"].GetString()) == "第 59/48 号决议");
    sentence_iri = ev["tg:sentence"]["@id"].GetString();
  }
  CHECK(found);
  // The sentence is a node of its own, held once by its document.
  bool quoted = false;
  for (const auto& item : json["@graph"].GetArray()) {
    if (!item.HasMember("tg:hasSentence")) continue;
    for (const auto& s : item["tg:hasSentence"].GetArray()) {
      if (s["@id"].GetString() != sentence_iri) continue;
      quoted = true;
      CHECK(std::string(s["tg:text"].GetString()) == "回顾第59/48号决议。");
    }
  }
  CHECK(quoted);
}

TEST_CASE("evidence strings are escaped as JSON: quotes, backslashes and controls") {
  // The title's surface holds a quote, a backslash and a tab; the file name a quote.
  std::string text = "回顾《关于\"引号\"\\与\t制表的协定》。";
  rapidjson::Document json = written_jsonld(ingest_bytes("a\"b.txt", "", text).value());
  bool found = false;
  for (const auto& item : json["@graph"].GetArray()) {
    if (!item.HasMember("tg:mention") || std::string(item["@type"].GetString()) != "schema:Legislation") {
      continue;
    }
    const auto& ev = item["tg:mention"][0];
    std::string surface = ev["tg:surface"].GetString();
    CHECK(surface == text.substr(text.find("关于"), text.find("》") - text.find("关于")));
    CHECK(std::string(ev["tg:documentName"].GetString()) == "a\"b.txt");
    found = true;
  }
  CHECK(found);
}

}  // namespace treatygraph
