# Two INTERFACE targets carry every compile option; each target links both.
add_library(spiegel_warnings INTERFACE)
target_compile_options(spiegel_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
  # GCC 12 at -O2 reports false -Wrestrict on std::string concatenation
  # (GCC bug 105329); it fires inside libstdc++, not in our code.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  -Wno-missing-field-initializers # C++20 designated initializers leave the rest defaulted on purpose
  $<$<BOOL:${SPIEGEL_WERROR}>:-Werror>)

add_library(spiegel_options INTERFACE)
target_compile_features(spiegel_options INTERFACE cxx_std_20)
if(SPIEGEL_SANITIZE)
  target_compile_options(spiegel_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(spiegel_options INTERFACE -fsanitize=address,undefined)
endif()
if(SPIEGEL_TSAN)
  target_compile_options(spiegel_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
  target_link_options(spiegel_options INTERFACE -fsanitize=thread)
endif()
