#include "allocator.hpp"

#include <cstdlib>

#ifdef NEWSPIPE_MIMALLOC
#include <mimalloc.h>
#endif

namespace newspipe::host {

std::string allocator_in_use() {
#ifdef NEWSPIPE_MIMALLOC
  // Linking mimalloc is not enough: it serves malloc only if it comes before the C library in the
  // lookup order. Ask it whether memory from the C allocation functions is its own.
  void* probe = std::calloc(1, 16);
  const bool served = mi_is_in_heap_region(probe);
  std::free(probe);
  if (served) {
    const int v = mi_version();  // 209 for 2.0.9
    return "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." +
           std::to_string(v % 10);
  }
#endif
  return "the C library's malloc";
}

}  // namespace newspipe::host
