#include "gui/panels/video/video_renderer.hpp"

#include "gui/shell/gl.hpp"

#include <cstdio>
#include <string>

namespace spiegel::app::gui {
namespace {

// One triangle covering the viewport; `d` is the display position in memory
// order (0,0 = first row of the output texture = top of the picture, which
// ImGui::Image shows at the top). `s` is where to sample the coded picture:
// rotation is clockwise to display upright, so for 90° the displayed column
// d.x comes from the coded row (1 - d.x) and the displayed row d.y from the
// coded column d.y.
constexpr const char *kVertex = R"(#version 330 core
uniform int uRotation;
out vec2 vSrc;
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
  vec2 d = p;
  if (uRotation == 90)       vSrc = vec2(d.y, 1.0 - d.x);
  else if (uRotation == 180) vSrc = vec2(1.0 - d.x, 1.0 - d.y);
  else if (uRotation == 270) vSrc = vec2(1.0 - d.y, d.x);
  else                       vSrc = d;
}
)";

// Limited range: luma 16…235 and chroma 16…240 (of 255) are stretched to
// 0…1 and −0.5…0.5. Matrices are the BT.709 and BT.601 Y'CbCr → R'G'B'
// inverses (Kr/Kb = 0.2126/0.0722 and 0.299/0.114).
constexpr const char *kFragment = R"(#version 330 core
uniform sampler2D uY, uU, uV;
uniform bool uFullRange, uBt709;
in vec2 vSrc;
out vec4 outColor;
void main() {
  float y = texture(uY, vSrc).r;
  float cb = texture(uU, vSrc).r - 128.0 / 255.0;
  float cr = texture(uV, vSrc).r - 128.0 / 255.0;
  if (!uFullRange) {
    y = (y - 16.0 / 255.0) * (255.0 / 219.0);
    cb *= 255.0 / 224.0;
    cr *= 255.0 / 224.0;
  }
  vec3 rgb = uBt709
    ? vec3(y + 1.5748 * cr, y - 0.1873 * cb - 0.4681 * cr, y + 1.8556 * cb)
    : vec3(y + 1.4020 * cr, y - 0.3441 * cb - 0.7141 * cr, y + 1.7720 * cb);
  outColor = vec4(clamp(rgb, 0.0, 1.0), 1.0);
}
)";

GLuint compile(GLenum type, const char *source) {
  GLuint s = glCreateShader(type);
  glShaderSource(s, 1, &source, nullptr);
  glCompileShader(s);
  GLint ok = GL_FALSE;
  glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) {
    char log[1024];
    glGetShaderInfoLog(s, sizeof log, nullptr, log);
    std::fprintf(stderr, "spiegel: video shader: %s\n", log); // developer diagnostics
    glDeleteShader(s);
    return 0;
  }
  return s;
}

void setPlaneParams() {
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

} // namespace

VideoRenderer::VideoRenderer() {
  const GLuint vs = compile(GL_VERTEX_SHADER, kVertex);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragment);
  if (vs != 0 && fs != 0) {
    m_program = glCreateProgram();
    glAttachShader(m_program, vs);
    glAttachShader(m_program, fs);
    glLinkProgram(m_program);
    GLint ok = GL_FALSE;
    glGetProgramiv(m_program, GL_LINK_STATUS, &ok);
    m_ok = ok == GL_TRUE;
  }
  if (vs != 0)
    glDeleteShader(vs);
  if (fs != 0)
    glDeleteShader(fs);
  if (!m_ok)
    return;
  glUseProgram(m_program);
  glUniform1i(glGetUniformLocation(m_program, "uY"), 0);
  glUniform1i(glGetUniformLocation(m_program, "uU"), 1);
  glUniform1i(glGetUniformLocation(m_program, "uV"), 2);
  m_locRotation = glGetUniformLocation(m_program, "uRotation");
  m_locFullRange = glGetUniformLocation(m_program, "uFullRange");
  m_locBt709 = glGetUniformLocation(m_program, "uBt709");
  glUseProgram(0);
  glGenVertexArrays(1, &m_vao); // core profile needs one bound, even without attributes
  glGenFramebuffers(1, &m_fbo);
}

VideoRenderer::~VideoRenderer() {
  glDeleteTextures(3, m_planes);
  if (m_outTex != 0)
    glDeleteTextures(1, &m_outTex);
  if (m_fbo != 0)
    glDeleteFramebuffers(1, &m_fbo);
  if (m_vao != 0)
    glDeleteVertexArrays(1, &m_vao);
  if (m_program != 0)
    glDeleteProgram(m_program);
}

void VideoRenderer::ensurePlane(unsigned &tex, int &w, int &h, int newW, int newH) {
  if (tex == 0) {
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    setPlaneParams();
  } else {
    glBindTexture(GL_TEXTURE_2D, tex);
  }
  if (w != newW || h != newH) {
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, newW, newH, 0, GL_RED, GL_UNSIGNED_BYTE, nullptr);
    w = newW;
    h = newH;
  }
}

void VideoRenderer::ensureOutput(int w, int h) {
  if (m_outTex != 0 && w == m_outW && h == m_outH)
    return;
  if (m_outTex == 0)
    glGenTextures(1, &m_outTex);
  glBindTexture(GL_TEXTURE_2D, m_outTex);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_outTex, 0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  m_outW = w;
  m_outH = h;
}

bool VideoRenderer::upload(const media::VideoFrame &f, bool mipmaps) {
  if (!m_ok || f.width <= 0 || f.height <= 0)
    return false;
  const int cw = (f.width + 1) / 2, ch = (f.height + 1) / 2;
  const auto need = [](int stride, int w, int h) {
    return static_cast<std::size_t>(stride) * static_cast<std::size_t>(h - 1) + static_cast<std::size_t>(w);
  };
  if (f.strideY < f.width || f.strideUV < cw || f.y.size() < need(f.strideY, f.width, f.height) ||
      f.u.size() < need(f.strideUV, cw, ch) || f.v.size() < need(f.strideUV, cw, ch))
    return false;

  GLint prevFbo = 0, prevViewport[4] = {0, 0, 0, 0}, prevTex = 0, prevActive = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &prevFbo);
  glGetIntegerv(GL_VIEWPORT, prevViewport);
  glGetIntegerv(GL_ACTIVE_TEXTURE, &prevActive);

  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  const std::uint8_t *data[3] = {f.y.data(), f.u.data(), f.v.data()};
  const int strides[3] = {f.strideY, f.strideUV, f.strideUV};
  const int ws[3] = {f.width, cw, cw}, hs[3] = {f.height, ch, ch};
  for (int i = 0; i < 3; ++i) {
    glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + i));
    ensurePlane(m_planes[i], m_planeW[i], m_planeH[i], ws[i], hs[i]);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, strides[i]);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, ws[i], hs[i], GL_RED, GL_UNSIGNED_BYTE, data[i]);
  }
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);

  const int rot = ((f.rotation % 360) + 360) % 360;
  const bool swap = rot == 90 || rot == 270;
  glActiveTexture(GL_TEXTURE0 + 3);
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &prevTex);
  ensureOutput(swap ? f.height : f.width, swap ? f.width : f.height);

  glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
  glViewport(0, 0, m_outW, m_outH);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_DEPTH_TEST);
  glUseProgram(m_program);
  glUniform1i(m_locRotation, rot);
  glUniform1i(m_locFullRange, f.fullRange ? 1 : 0);
  glUniform1i(m_locBt709, f.bt709 ? 1 : 0);
  glBindVertexArray(m_vao);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glUseProgram(0);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(prevFbo));
  glViewport(prevViewport[0], prevViewport[1], prevViewport[2], prevViewport[3]);

  glBindTexture(GL_TEXTURE_2D, m_outTex);
  // Without a complete mip chain a mipmap filter samples black, so the
  // filter follows the choice every frame.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, mipmaps ? GL_LINEAR_MIPMAP_LINEAR : GL_LINEAR);
  if (mipmaps)
    glGenerateMipmap(GL_TEXTURE_2D);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(prevTex));
  glActiveTexture(static_cast<GLenum>(prevActive));
  return true;
}

} // namespace spiegel::app::gui
