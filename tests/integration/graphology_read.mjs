// Reads treatygraph's GraphML and GEXF with graphology's parsers (what the
// web version of Gephi uses) and checks that every node and edge arrives
// with its attributes and their types.
//   node graphology_read.mjs EXPORT_DIR
import fs from "node:fs";
import path from "node:path";
import Graph from "graphology";
import gexf from "graphology-gexf/node/index.js";
import graphml from "graphology-graphml/node/index.js";

const dir = path.resolve(process.argv[2]);
let failed = 0;
const check = (ok, what) => { console.log(`${ok ? "ok" : "FAIL"}: ${what}`); failed += ok ? 0 : 1; };
const nodeCount = (xml, tag) => (xml.match(new RegExp(`<${tag}[ >]`, "g")) || []).length;

for (const [file, parser] of [["graph.graphml", graphml], ["graph.gexf", gexf]]) {
  const xml = fs.readFileSync(path.join(dir, file), "utf8");
  const g = parser.parse(Graph, xml, { allowUndeclaredNodes: false });
  check(g.order === nodeCount(xml, "node"), `${file}: ${g.order} nodes`);
  check(g.size === nodeCount(xml, "edge"), `${file}: ${g.size} edges`);
  const withValue = g.filterNodes((n, a) => a.type === "Resolution" && a.value);
  check(withValue.length > 0, `${file}: resolutions carry their symbol`);
  const n = g.nodes()[0];
  const a = g.getNodeAttributes(n);
  check(typeof a.degree === "number" && typeof a.pagerank === "number",
        `${file}: degree and pagerank are numbers (${a.degree}, ${a.pagerank})`);
  const e = g.edges()[0];
  check(typeof g.getEdgeAttribute(e, "type") === "string", `${file}: edges keep their type`);
}
process.exit(failed ? 1 : 0);
