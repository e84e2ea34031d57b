#include "data_location.hpp"

#include <dlfcn.h>

#include <system_error>

namespace newspipe::geo {

std::filesystem::path default_gazetteer_path() {
  Dl_info info{};
  std::filesystem::path here;
  if (dladdr(reinterpret_cast<void*>(&default_gazetteer_path), &info) != 0 && info.dli_fname) {
    std::error_code ec;
    here = std::filesystem::canonical(info.dli_fname, ec).parent_path();
  }
  const std::filesystem::path beside = here / "geo" / "gazetteer.tsv";
  std::error_code ec;
  if (std::filesystem::exists(beside, ec)) return beside;
  // A program elsewhere in the tree (bin/, bench/bin/): the plugin folder of the same tree.
  for (std::filesystem::path dir = here; !dir.empty() && dir != dir.root_path();
       dir = dir.parent_path()) {
    const auto candidate = dir / "lib" / "newspipe" / "plugins" / "geo" / "gazetteer.tsv";
    if (std::filesystem::exists(candidate, ec)) return candidate;
  }
  return beside;
}

}  // namespace newspipe::geo
