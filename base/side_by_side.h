// run_side_by_side: runs two independent tasks, on two threads when
// `threads` > 1 and one after the other otherwise. Both have finished when
// it returns. Neither task may throw.
//
//   run_side_by_side(threads, [&] { sort_nodes(); }, [&] { sort_edges(); });
#ifndef TREATYGRAPH_BASE_SIDE_BY_SIDE_H_
#define TREATYGRAPH_BASE_SIDE_BY_SIDE_H_

#include <cstddef>
#include <thread>

namespace treatygraph {

template <typename First, typename Second>
void run_side_by_side(size_t threads, First first, Second second) {
  if (threads <= 1) {
    first();
    second();
    return;
  }
  std::thread other(first);
  second();
  other.join();
}

}  // namespace treatygraph

#endif  // TREATYGRAPH_BASE_SIDE_BY_SIDE_H_
