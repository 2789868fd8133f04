package dev.p2caudit.ui;

import static org.assertj.core.api.Assertions.fail;

import java.awt.GraphicsEnvironment;

/** GUI tests fail, never skip, without a display: CI must not pass by not running them. */
final class Display {

    private Display() {
    }

    static void require() {
        String how = " Run them with a display, or under Xvfb: .ci/test (it uses xvfb-run and openbox).";
        if (GraphicsEnvironment.isHeadless()) {
            fail("The desktop app's tests need a display, but this JVM is headless (java.awt.headless="
                    + System.getProperty("java.awt.headless") + ", DISPLAY=" + System.getenv("DISPLAY") + ")." + how);
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration();
        } catch (Throwable e) {
            fail("The desktop app's tests need a display and cannot reach one (DISPLAY=" + System.getenv("DISPLAY")
                    + "): " + e + how, e);
        }
    }
}
