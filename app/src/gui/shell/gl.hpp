#pragma once
// OpenGL 3.3 core entry points. Linux's libGL (GLVND) exports every core
// function, so prototypes are enough; no loader library is needed. Include
// this before GLFW (which then must not include its own GL header).
#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
