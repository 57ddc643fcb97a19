// Loads a treatygraph CSV export into Kuzu with the kuzu_load.cypher it
// wrote, then checks with Cypher that every node and edge arrived and that
// typed properties kept their types.
//   node kuzu_load.mjs EXPORT_DIR
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import kuzu from "kuzu";

const dir = path.resolve(process.argv[2]);
const countLines = (f) => fs.readFileSync(path.join(dir, f), "utf8").trim().split("\n").length - 1;
const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), "tg-kuzu-"));
const dbPath = path.join(dbDir, "db");
process.on("exit", () => fs.rmSync(dbDir, { recursive: true, force: true }));
const db = new kuzu.Database(dbPath);
const conn = new kuzu.Connection(db);
process.chdir(dir);  // the script's COPY statements name files relative to the export folder
const script = fs.readFileSync("kuzu_load.cypher", "utf8");
for (const statement of script.split(";").map((s) => s.replace(/^\s*\/\/.*$/gm, "").trim())) {
  if (statement) await conn.query(statement);
}
const one = async (q) => (await (await conn.query(q)).getAll())[0];
const nodes = (await one("MATCH (n:Entity) RETURN count(*) AS c")).c;
const edges = (await one("MATCH ()-[r:Relation]->() RETURN count(*) AS c")).c;
const top = await one(
  "MATCH (d:Entity)-[r:Relation]->(n:Entity) WHERE r.type = 'MENTIONS' " +
  "RETURN n.label AS label, n.degree AS degree ORDER BY n.degree DESC, n.label LIMIT 1");
let failed = 0;
const check = (ok, what) => { console.log(`${ok ? "ok" : "FAIL"}: ${what}`); failed += ok ? 0 : 1; };
check(Number(nodes) === countLines("nodes.csv"), `nodes loaded: ${nodes}`);
check(Number(edges) === countLines("edges.csv"), `edges loaded: ${edges}`);
check(typeof top.degree === "number" || typeof top.degree === "bigint", `degree is numeric (${top.label}: ${top.degree})`);
process.exit(failed ? 1 : 0);
