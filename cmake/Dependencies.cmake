# Imported targets for the Debian packages Spiegel links. All of them are
# marked SYSTEM so their headers never trip our warnings.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET
  libavformat libavcodec libavutil libavfilter libswscale libswresample)
pkg_check_modules(SDL2 REQUIRED IMPORTED_TARGET sdl2)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
# libsodium: Argon2id, XChaCha20-Poly1305 and SHA-256 for the privacy work
# (share packages, the recording vault, the audit chain; issue #13).
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
find_package(OpenGL REQUIRED)
find_package(nlohmann_json 3 REQUIRED)

# Debian's libimgui.a already holds the GLFW and OpenGL3 backends and the
# FreeType rasteriser; it ships no CMake config, so wrap it here.
find_library(IMGUI_LIBRARY NAMES imgui REQUIRED)
add_library(spiegel_imgui INTERFACE)
target_link_libraries(spiegel_imgui INTERFACE ${IMGUI_LIBRARY}
  PkgConfig::GLFW PkgConfig::FREETYPE PkgConfig::STB OpenGL::GL ${CMAKE_DL_LIBS})
target_include_directories(spiegel_imgui SYSTEM INTERFACE
  /usr/include/imgui /usr/include/imgui/backends)

foreach(t PkgConfig::FFMPEG PkgConfig::SDL2 PkgConfig::SQLITE3 PkgConfig::SODIUM PkgConfig::GLFW)
  get_target_property(_inc ${t} INTERFACE_INCLUDE_DIRECTORIES)
  if(_inc)
    set_target_properties(${t} PROPERTIES INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_inc}")
  endif()
endforeach()
