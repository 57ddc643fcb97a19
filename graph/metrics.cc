#include "graph/metrics.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>
#include <utility>

#include "base/side_by_side.h"

namespace treatygraph {

void compute_metrics(std::vector<Node>* nodes, const std::vector<Edge>& edges, size_t threads) {
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const size_t n = nodes->size();
  // Each edge's ends as node positions, found once for both graphs. Edges
  // are sorted by source like the nodes, so sources are found by walking.
  std::vector<std::pair<size_t, size_t>> ends;
  ends.reserve(edges.size());
  size_t from = 0;
  for (const Edge& e : edges) {
    while (from < n && (*nodes)[from].id < e.from) ++from;
    auto to = std::lower_bound(nodes->begin(), nodes->end(), e.to,
                               [](const Node& node, const EntityId& x) { return node.id < x; });
    ends.emplace_back(from, static_cast<size_t>(to - nodes->begin()));
  }
  Directed directed(n);
  std::vector<double> rank(n, 0.0);
  std::vector<int> component(n, 0);
  run_side_by_side(
      threads,
      [&] {
        for (const auto& [a, b] : ends) boost::add_edge(a, b, directed);
        if (n == 0) return;
        boost::graph::page_rank(
            directed, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, directed)),
            boost::graph::n_iterations(30));
      },
      [&] {
        Undirected undirected(n);
        for (const auto& [a, b] : ends) boost::add_edge(a, b, undirected);
        if (n > 0) boost::connected_components(undirected, component.data());
      });
  for (size_t i = 0; i < n; ++i) {
    Node& node = (*nodes)[i];
    node.degree = static_cast<uint32_t>(boost::in_degree(i, directed) + boost::out_degree(i, directed));
    node.pagerank = rank[i];
    node.component = static_cast<uint32_t>(component[i]);
  }
}

}  // namespace treatygraph
