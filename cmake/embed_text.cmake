# Writes OUTPUT, a C++ file defining `const char SYMBOL[]` with the contents of
# the INPUTS files ('|'-separated) concatenated. Run with cmake -P.
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(content "")
foreach(input IN LISTS INPUTS)
  file(READ "${input}" piece)
  string(APPEND content "${piece}\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from data files by cmake/embed_text.cmake; do not edit.\n"
  "namespace treatygraph {\n"
  "extern const char ${SYMBOL}[];\n"
  "const char ${SYMBOL}[] = R\"tgdata(${content})tgdata\";\n"
  "}  // namespace treatygraph\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
