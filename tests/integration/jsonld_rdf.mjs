// Converts treatygraph's JSON-LD to N-Quads with jsonld.js (the reference
// processor) in safe mode, which fails on anything it would drop; loads the
// quads into Oxigraph and asks, in SPARQL, which sentences of which
// documents say that a meeting was held in a place.
//   node jsonld_rdf.mjs EXPORT_DIR
import fs from "node:fs";
import path from "node:path";
import jsonld from "jsonld";
import oxigraph from "oxigraph";

const dir = path.resolve(process.argv[2]);
const doc = JSON.parse(fs.readFileSync(path.join(dir, "graph.jsonld"), "utf8"));
// No document loader: an inline context must need no network.
const offline = async (url) => { throw new Error(`fetch attempted: ${url}`); };
let failed = 0;
const check = (ok, what) => { console.log(`${ok ? "ok" : "FAIL"}: ${what}`); failed += ok ? 0 : 1; };

const nquads = await jsonld.toRDF(doc, { format: "application/n-quads", safe: true, documentLoader: offline });
const lines = nquads.trim().split("\n");
check(lines.length > 1000, `jsonld.js safe mode: ${lines.length} quads`);

const store = new oxigraph.Store();
store.load(nquads, { format: "application/n-quads" });
check(store.size === lines.length, `Oxigraph loaded ${store.size} quads`);

// The README's query: every statement of HELD_IN with its evidence sentences.
const query = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "held_in.rq"), "utf8");
const rows = [...store.query(query)];
check(rows.length > 0, `SPARQL HELD_IN evidence rows: ${rows.length}`);
if (rows.length) {
  const r = rows[0];
  console.log(`  e.g. ${r.get("meeting").value} @ ${r.get("place").value}: ${r.get("document").value} line ${r.get("line").value}`);
}
// Typed dates survive: xsd:date literals exist.
const dates = [...store.query(
  "SELECT (COUNT(*) AS ?n) WHERE { ?d <https://treatygraph.org/ns#value> ?v . " +
  "FILTER(datatype(?v) = <http://www.w3.org/2001/XMLSchema#date>) }")];
check(Number(dates[0].get("n").value) > 0, `xsd:date values: ${dates[0].get("n").value}`);
process.exit(failed ? 1 : 0);
