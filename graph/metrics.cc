#include "graph/metrics.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/page_rank.hpp>

namespace treatygraph {

void compute_metrics(std::vector<Node>* nodes, const std::vector<Edge>& edges) {
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const size_t n = nodes->size();
  auto index_of = [nodes](const EntityId& id) {
    auto it = std::lower_bound(nodes->begin(), nodes->end(), id,
                               [](const Node& node, const EntityId& x) { return node.id < x; });
    return static_cast<size_t>(it - nodes->begin());
  };
  Directed directed(n);
  Undirected undirected(n);
  for (const Edge& e : edges) {
    size_t a = index_of(e.from), b = index_of(e.to);
    boost::add_edge(a, b, directed);
    boost::add_edge(a, b, undirected);
  }
  std::vector<double> rank(n, 0.0);
  if (n > 0) {
    boost::graph::page_rank(
        directed, boost::make_iterator_property_map(rank.begin(),
                                                    boost::get(boost::vertex_index, directed)),
        boost::graph::n_iterations(30));
  }
  std::vector<int> component(n, 0);
  if (n > 0) boost::connected_components(undirected, component.data());
  for (size_t i = 0; i < n; ++i) {
    Node& node = (*nodes)[i];
    node.degree = static_cast<uint32_t>(boost::in_degree(i, directed) + boost::out_degree(i, directed));
    node.pagerank = rank[i];
    node.component = static_cast<uint32_t>(component[i]);
  }
}

}  // namespace treatygraph
