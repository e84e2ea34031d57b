// The dedup plugin's entry point: its description, options and factory.
#include "dedup_stage.hpp"
#include "newspipe/sdk.hpp"
#include "settings.hpp"

namespace {

newspipe::PluginInfo dedup_info() {
  using newspipe::Access;
  return {.name = "dedup",
          .version = "1.0.0",
          .description =
              "Finds passages that repeat an earlier one (same article, earlier in the "
              "run, earlier runs) and drops or marks them",
          .options = dedup::option_specs(),
          .access = Access::ReadsText | Access::RewritesText | Access::ReportsOffsets |
                    Access::DropsArticles | Access::UsesState};
}

}  // namespace

NEWSPIPE_PLUGIN(dedup_info, dedup::DedupStage)
