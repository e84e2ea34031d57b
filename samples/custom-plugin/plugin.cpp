// The plugin's one registration point: the exported entry the host looks for.
#include "readtime.hpp"

NEWSPIPE_PLUGIN(readtime::info, readtime::ReadTimeStage)
