// The version printed by `treatygraph --version` and written into exports.
#ifndef TREATYGRAPH_VERSION_H_
#define TREATYGRAPH_VERSION_H_

namespace treatygraph {
inline constexpr char kVersion[] = "0.1.0";
}  // namespace treatygraph

#endif  // TREATYGRAPH_VERSION_H_
