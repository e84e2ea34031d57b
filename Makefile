# A thin front for CMake (the real build lives in CMakeLists.txt): installs missing Debian packages,
# configures a Release build in build/, then builds and runs, tests or benchmarks.
#
#   make run     build, then run config/nightly.toml over samples/ into out/
#   make test    build, then run the whole test suite (ctest)
#   make bench   build, then run the benchmarks (build/bench/results.json)
#   make SANITIZE=1 test   the same in build-asan/ with AddressSanitizer and UBSan

# Debian 12 packages the build needs (docs/dependencies.md says why each one).
PACKAGES := g++ cmake make pkg-config libboost-dev libtomlplusplus-dev libspdlog-dev libfmt-dev \
            libsimdjson-dev libcli11-dev libtbb-dev libutf8proc-dev libxxhash-dev libsqlite3-dev \
            libmimalloc-dev libgtest-dev libgmock-dev

ifeq ($(SANITIZE),1)
BUILD ?= build-asan
CMAKE_FLAGS += -DNEWSPIPE_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
else
BUILD ?= build
CMAKE_FLAGS += -DCMAKE_BUILD_TYPE=Release
endif
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test bench clean

all: build

# One apt step, skipped when everything is installed already.
deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# Starts from an empty dedup index each time so that the demo is repeatable; a real nightly setup
# keeps its state folder (docs/operations.md).
run: build
	rm -rf $(BUILD)/run-state
	$(BUILD)/bin/newspipe run config/nightly.toml --set state.path=$(BUILD)/run-state

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) --timeout 600

bench: build
	cmake --build $(BUILD) -j $(JOBS) --target bench_all

clean:
	rm -rf $(BUILD) out state
