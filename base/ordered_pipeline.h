// run_ordered: produce items on worker threads, consume them on the calling
// thread in index order, with at most `window` items produced but not yet
// consumed (so memory stays bounded by the window, not by the input).
//
//   run_ordered(files.size(), threads, 2 * threads,
//               [&](size_t i) { return parse(files[i]); },          // any thread
//               [&](size_t i, Parsed&& p) { graph.Add(std::move(p)); });  // in order
//
// The consumer sees exactly the sequence a single-threaded loop would, so
// the output does not depend on the thread count. `produce` must be
// thread-safe; neither callback may throw.
#ifndef TREATYGRAPH_BASE_ORDERED_PIPELINE_H_
#define TREATYGRAPH_BASE_ORDERED_PIPELINE_H_

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace treatygraph {

template <typename Produce, typename Consume>
void run_ordered(size_t count, size_t threads, size_t window, Produce produce, Consume consume) {
  using Item = decltype(produce(size_t{0}));
  if (threads <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  if (window < threads) window = threads;
  std::mutex mu;
  std::condition_variable changed;
  std::map<size_t, Item> ready;  // produced, waiting for their turn
  size_t next_to_produce = 0, next_to_consume = 0;
  auto worker = [&] {
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] {
          return next_to_produce >= count || next_to_produce < next_to_consume + window;
        });
        if (next_to_produce >= count) return;
        i = next_to_produce++;
      }
      Item item = produce(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        ready.emplace(i, std::move(item));
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  while (next_to_consume < count) {
    std::optional<Item> item;  // Item need not be default-constructible
    {
      std::unique_lock<std::mutex> lock(mu);
      changed.wait(lock, [&] { return ready.count(next_to_consume) > 0; });
      auto it = ready.find(next_to_consume);
      item.emplace(std::move(it->second));
      ready.erase(it);
    }
    consume(next_to_consume, std::move(*item));
    {
      std::lock_guard<std::mutex> lock(mu);
      ++next_to_consume;
    }
    changed.notify_all();
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace treatygraph

#endif  // TREATYGRAPH_BASE_ORDERED_PIPELINE_H_
