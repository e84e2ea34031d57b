// A test plugin built for another SDK API version: the host must refuse it before calling into it.
// It spells out what NEWSPIPE_PLUGIN does, with a different version number.
#include <cstdlib>

#include "newspipe/sdk.hpp"

namespace {

newspipe::PluginInfo never_called() {
  std::abort();  // the host must not run any code of a plugin of another API version
}

std::unique_ptr<newspipe::Stage> never_created(const newspipe::Options&, newspipe::StageContext&) {
  std::abort();
}

}  // namespace

namespace wrong_api_detail {
const newspipe::PluginEntry entry{newspipe::kApiVersion + 41, &never_called, &never_created};
}
BOOST_DLL_ALIAS(wrong_api_detail::entry, newspipe_plugin_entry)
