// Which allocator serves this process's malloc and operator new. The host links mimalloc
// (docs/dependencies.md), which takes both over for the whole process, plugins included: the
// stages allocate millions of small objects a night (each result is a tree of Values), and glibc's
// malloc spent much of that time walking its free lists.
#pragma once

#include <string>

namespace newspipe::host {

/// "mimalloc 2.0.9" when mimalloc serves malloc, else "the C library's malloc": a build without
/// mimalloc (the sanitizer builds, whose runtimes bring their own allocator), or a process in
/// which the C library's malloc came first in the symbol lookup order.
std::string allocator_in_use();

}  // namespace newspipe::host
