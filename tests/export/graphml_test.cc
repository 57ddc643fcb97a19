#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "export/text_escape.h"
#include "treatygraph/export.h"

namespace treatygraph {

TEST_CASE("XML escaping escapes markup and drops characters XML 1.0 forbids") {
  std::string out;
  append_xml_escaped("a<b>&\"c\"'d]]>\x01\x1f\tok\xEF\xBF\xBE.", &out);
  CHECK(out == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d]]&gt;\tok.");
}

TEST_CASE("GraphML declares typed keys and carries the scorer's attributes") {
  KnowledgeGraph g;
  Document d = ingest_bytes("a<&>.txt", "", "第 59/48 号决议").value();
  Extractors ex = std::move(Extractors::Create(Gazetteer::BuiltIn()).value());
  g.AddDocument(d, ex.Run(d));
  g.Finalize();
  std::string path = "graphml_test.graphml";
  REQUIRE(write_graphml(g, path).ok());
  std::stringstream buf;
  buf << std::ifstream(path).rdbuf();
  std::string xml = buf.str();
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(xml.find("<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>") !=
        std::string::npos);
  CHECK(xml.find("<key id=\"pagerank\" for=\"node\" attr.name=\"pagerank\" attr.type=\"double\"/>") !=
        std::string::npos);
  CHECK(xml.find("<data key=\"value\">A/RES/59/48</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"label\">a&lt;&amp;&gt;.txt</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"e_type\">MENTIONS</data>") != std::string::npos);
  std::remove(path.c_str());
}

TEST_CASE("a write that cannot complete leaves no file behind") {
  KnowledgeGraph g;
  g.Finalize();
  Status s = write_graphml(g, "/nonexistent-folder/graph.graphml");
  CHECK(!s.ok());
  CHECK(s.code() == StatusCode::kIoError);
  CHECK(s.ToString().find("/nonexistent-folder/graph.graphml") != std::string::npos);
}

}  // namespace treatygraph
