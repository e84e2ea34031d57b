// The summarize plugin's one exported entry point; all logic lives in summarize_core.
#include "newspipe/plugin.hpp"
#include "stage.hpp"

NEWSPIPE_PLUGIN(newspipe::summarize::summarize_info, newspipe::summarize::SummarizeStage)
