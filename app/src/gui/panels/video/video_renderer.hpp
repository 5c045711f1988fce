#pragma once
// Turns YUV 4:2:0 VideoFrames into an RGBA texture at display orientation.
//
// How it draws (the choice the issue asked us to document): each new frame's
// Y, U and V planes are uploaded as three GL_R8 textures (strides honoured
// with GL_UNPACK_ROW_LENGTH), then one full-screen-triangle pass renders them
// through a BT.709/BT.601, limited/full range fragment shader into an
// FBO-backed RGBA texture whose size is the *displayed* size (rotation
// 90/180/270 is applied by the texture coordinates of that pass). ImGui then
// draws that texture with ImGui::Image, fitted with its aspect ratio, so the
// video takes part in the normal ImGui layout and clipping, and nothing is
// converted when the frame did not change. Mipmaps keep a 1080p picture clean
// when shown at less than half size.
//
// UI thread only (it owns GL objects); create after the GL context exists and
// destroy before it goes away.
//   renderer.upload(*frame);  ImGui::Image(renderer.texture(), size);
#include <spiegel/media/frame.hpp>

#include <cstdint>

namespace spiegel::app::gui {

class VideoRenderer {
public:
  VideoRenderer();
  ~VideoRenderer();
  VideoRenderer(const VideoRenderer &) = delete;
  VideoRenderer &operator=(const VideoRenderer &) = delete;

  // Converts `frame` into the output texture. `mipmaps`: the picture will be
  // shown at less than half its size, so build mipmaps to keep it clean
  // (costly without a GPU, so only then). Returns false (and keeps the
  // previous picture) when the frame is malformed or GL setup failed.
  bool upload(const media::VideoFrame &frame, bool mipmaps);

  // ImGui texture id of the converted picture; 0 before the first upload.
  [[nodiscard]] std::uintptr_t texture() const { return m_outTex; }
  // Displayed size in pixels (width/height swapped for 90°/270°).
  [[nodiscard]] int width() const { return m_outW; }
  [[nodiscard]] int height() const { return m_outH; }

private:
  void ensurePlane(unsigned &tex, int &w, int &h, int newW, int newH);
  void ensureOutput(int w, int h);

  unsigned m_program = 0, m_vao = 0, m_fbo = 0;
  unsigned m_planes[3] = {0, 0, 0};
  int m_planeW[3] = {0, 0, 0}, m_planeH[3] = {0, 0, 0};
  unsigned m_outTex = 0;
  int m_outW = 0, m_outH = 0;
  int m_locRotation = -1, m_locFullRange = -1, m_locBt709 = -1;
  bool m_ok = false; // shader compiled and linked
};

} // namespace spiegel::app::gui
