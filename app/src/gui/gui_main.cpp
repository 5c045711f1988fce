// The window: GLFW + OpenGL 3.3 + Dear ImGui. Seed of the player window.
#include "cli/command.hpp"
#include "common/i18n.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace spiegel::app {

int runGui(const Args &) {
  if (glfwInit() == GLFW_FALSE)
    return fail(kExitError, tr("Cannot open a window: no display was found.",
                               "Kan geen venster openen: er is geen beeldscherm gevonden."));
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  GLFWwindow *window = glfwCreateWindow(1280, 720, "Spiegel", nullptr, nullptr);
  if (window == nullptr) {
    glfwTerminate();
    return fail(kExitError, tr("Cannot open a window with OpenGL 3.3.",
                               "Kan geen venster met OpenGL 3.3 openen."));
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330");
  while (glfwWindowShouldClose(window) == 0) {
    glfwWaitEventsTimeout(0.5);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Spiegel");
    ImGui::TextUnformatted(tr("Welcome to Spiegel.", "Welkom bij Spiegel."));
    ImGui::End();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.1f, 0.1f, 0.12f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return kExitOk;
}

} // namespace spiegel::app
