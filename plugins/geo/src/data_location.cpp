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
  // A program in bin/ (the eval driver, the benchmark): the plugin folder of the same tree.
  const std::filesystem::path tree =
      here.parent_path() / "lib" / "newspipe" / "plugins" / "geo" / "gazetteer.tsv";
  if (std::filesystem::exists(tree, ec)) return tree;
  return beside;
}

}  // namespace newspipe::geo
