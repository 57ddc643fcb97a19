// Graph metrics for visual exploration, computed with Boost.Graph: degree,
// PageRank and weakly connected component of every node.
#ifndef TREATYGRAPH_GRAPH_METRICS_H_
#define TREATYGRAPH_GRAPH_METRICS_H_

#include <vector>

#include "treatygraph/graph.h"

namespace treatygraph {

// PageRank and components are computed side by side when `threads` > 1.
// REQUIRES: nodes sorted by id, edges by source id; every edge end is a node id.
void compute_metrics(std::vector<Node>* nodes, const std::vector<Edge>& edges, size_t threads);

}  // namespace treatygraph

#endif  // TREATYGRAPH_GRAPH_METRICS_H_
